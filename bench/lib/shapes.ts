/**
 * Where the import stage spends its time: parse cost per source shape,
 * measured in-process (CPU time, so other load on the machine does not count).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat, parseSource } from '../../src/import/shapes';
import { normalizeSource } from '../../src/content/source';
import { parseYaml } from '../../src/schema/read';
import { planMetaSchema } from '../../src/schema/meta';

export interface ShapeCost {
  format: string;
  plans: number;
  tasks: number;
  cpuMs: number;
}

export function importCostByShape(contentDir: string): ShapeCost[] {
  const dir = join(contentDir, 'sources');
  const by = new Map<string, ShapeCost>();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const text = normalizeSource(readFileSync(join(dir, name), 'utf8'));
    const metaFile = join(dir, name.replace(/\.txt$/, '.meta.yaml'));
    const meta = parseYaml(readFileSync(metaFile, 'utf8'), planMetaSchema(), metaFile);
    const format = meta.format ?? detectFormat(text);
    const before = process.cpuUsage();
    const r = parseSource(text, { id: name, file: name, format, period: meta.period });
    const used = process.cpuUsage(before);
    const c = by.get(format) ?? { format, plans: 0, tasks: 0, cpuMs: 0 };
    c.plans++;
    c.tasks += r.results.reduce((n, x) => n + x.tasks.length, 0);
    c.cpuMs += (used.user + used.system) / 1000;
    by.set(format, c);
  }
  return [...by.values()];
}
