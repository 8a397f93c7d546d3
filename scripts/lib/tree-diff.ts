/**
 * Two output folders compared file by file, byte for byte: what the
 * incremental-build test and benchmark use to show an incremental build
 * equals a clean one. Nothing is ignored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as a path relative to it with "/" between folders, in directory order. */
export function files(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path, root);
    return [relative(root, path).split(sep).join('/')];
  });
}

/** The files that differ, or exist on one side only, as lines; empty when the trees are identical. */
export function treeDiff(a: string, b: string): string[] {
  const left = new Set(files(a));
  const right = new Set(files(b));
  const out: string[] = [];
  for (const f of [...left].sort()) {
    if (!right.has(f)) out.push(`chỉ có ở ${a}: ${f}`);
    else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) out.push(`khác nhau: ${f}`);
  }
  for (const f of [...right].sort()) if (!left.has(f)) out.push(`chỉ có ở ${b}: ${f}`);
  return out;
}

/** Number of files in a folder tree. */
export const fileCount = (dir: string): number => files(dir).length;
