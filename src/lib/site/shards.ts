/**
 * The other shards of a sharded build (SHARD_MANIFEST=<file>, docs/SCALE.md),
 * read once at build time. Without the variable the site is one shard and
 * this is empty.
 */
import { readFileSync } from 'node:fs';
import { shardBase, shardManifestSchema, type Shard } from '../../schema/shard';

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
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: không đọc được tệp phân mảnh (${(e as Error).message})`);
  }
  const parsed = shardManifestSchema().safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file} ${issue.path.join('.')}: ${issue.message}`);
  }
  const own = ownBase.replace(/\/*$/, '/');
  const shards = parsed.data.shards;
  if (!shards.some((s) => shardBase(s) === own))
    throw new Error(`${file}: không có phân mảnh nào có đường dẫn ${own} (BASE_PATH của bản build này)`);
  return shards
    .filter((s: Shard) => shardBase(s) !== own)
    .map((s) => ({ id: s.id, title: s.title, base: shardBase(s), bundle: `${shardBase(s)}pagefind/` }));
}
