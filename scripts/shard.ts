/**
 * `npm run shard -- <manifest.json> <shard-id> <out-dir> [--in-place] [--content <dir>]`:
 * builds one shard (scripts/lib/shard.ts) and prints its times and peak
 * memory as one JSON line. Run the shards in parallel with an existing runner:
 *
 *   jq -r '.shards[].id' shards.json | xargs -P 2 -I{} npm run -s shard -- shards.json {} out
 *
 * or one CI matrix job per shard (docs/SCALE.md).
 */
import { buildShard } from './lib/shard';
import { InputError } from './lib/input-file';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const inPlace = args.includes('--in-place');
if (inPlace) args.splice(args.indexOf('--in-place'), 1);
const content = flag('--content');
const [manifest, id, out] = args;
if (!manifest || !id || !out) {
  console.error('usage: tsx scripts/shard.ts <manifest.json> <shard-id> <out-dir> [--in-place] [--content <dir>]');
  process.exit(2);
}
try {
  const b = await buildShard(process.cwd(), manifest, id, out, { inPlace, content });
  const stage = (m: { ms: number; cpuMs: number; treeRss: number }) => ({
    ms: Math.round(m.ms),
    cpuMs: Math.round(m.cpuMs),
    peakMB: Math.round(m.treeRss / 2 ** 20),
  });
  console.log(
    JSON.stringify({
      shard: id,
      tasks: b.tasks,
      pages: b.pages,
      dir: b.dir,
      import: stage(b.import),
      astro: stage(b.astro),
      pagefind: stage(b.pagefind),
    }),
  );
} catch (e) {
  if (!(e instanceof InputError)) throw e;
  console.error(e.lines.join('\n'));
  process.exit(1);
}
