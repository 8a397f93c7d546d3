/** Bytes on disk of a built site, by kind of file. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export interface DirSize {
  bytes: number;
  files: number;
  html: number;
  htmlFiles: number;
}

export function dirSize(dir: string): DirSize {
  const out: DirSize = { bytes: 0, files: 0, html: 0, htmlFiles: 0 };
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        const n = statSync(p).size;
        out.bytes += n;
        out.files++;
        if (extname(e.name) === '.html') {
          out.html += n;
          out.htmlFiles++;
        }
      }
    }
  };
  walk(dir);
  return out;
}

export const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
export const kb = (n: number) => (n / 1024).toFixed(1);
export const sec = (ms: number) => (ms / 1000).toFixed(1);
