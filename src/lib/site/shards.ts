/**
 * The other shards of a sharded build (SHARD_MANIFEST=<file>, docs/SCALE.md),
 * read once at build time. Without the variable the site is one shard and
 * this is empty.
 */
import { readFileSync } from 'node:fs';
import { shardBase, shardManifestSchema, type Shard } from '../../schema/shard';
import { parseJson } from '../../schema/read';

export interface OtherShard {
  id: string;
  title: string;
  /** Base path of the shard's pages. */
  base: string;
  /** Its Pagefind bundle, for mergeIndex. */
  bundle: string;
}

/** The shards of the manifest other than the one under `ownBase`. */
export function otherShards(
  file = process.env.SHARD_MANIFEST,
  ownBase: string = import.meta.env.BASE_URL ?? '/',
): OtherShard[] {
  if (!file) return [];
  const shards = parseJson(readFileSync(file, 'utf8'), shardManifestSchema(), file).shards;
  const own = ownBase.replace(/\/*$/, '/');
  if (!shards.some((s) => shardBase(s) === own))
    throw new Error(`${file}: không có phân mảnh nào có đường dẫn ${own} (BASE_PATH của bản build này)`);
  return shards
    .filter((s: Shard) => shardBase(s) !== own)
    .map((s) => ({ id: s.id, title: s.title, base: shardBase(s), bundle: `${shardBase(s)}pagefind/` }));
}
