/** Bytes on disk of a built site, by kind of file. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export interface DirSize {
  bytes: number;
  files: number;
  html: number;
  htmlFiles: number;
  /** The largest HTML files, biggest first (issue 20: no page over 1 MB at 20 000 tasks). */
  largest: { path: string; bytes: number }[];
  /** HTML files over 1 MiB. */
  overMb: number;
}

const LARGEST = 5;

export function dirSize(dir: string): DirSize {
  const out: DirSize = { bytes: 0, files: 0, html: 0, htmlFiles: 0, largest: [], overMb: 0 };
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
          if (n > 1024 * 1024) out.overMb++;
          if (out.largest.length < LARGEST || n > out.largest[LARGEST - 1]!.bytes) {
            out.largest.push({ path: p.slice(dir.length), bytes: n });
            out.largest.sort((a, b) => b.bytes - a.bytes);
            out.largest.length = Math.min(out.largest.length, LARGEST);
          }
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
