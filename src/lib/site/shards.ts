/**
 * The other shards of a sharded build (SHARD_MANIFEST=<file>, docs/SCALE.md),
 * read once at build time. Without the variable the site is one shard and
 * this is empty.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  asBase,
  shardAt,
  shardBase,
  shardManifestSchema,
  searchedTogether,
  shardUnitSchema,
  type Shard,
  type ShardUnit,
} from '../../schema/shard';
import { parseJson } from '../../schema/read';
import { groupBy } from './group';

export interface OtherShard {
  id: string;
  title: string;
  /** Base path of the shard's pages. */
  base: string;
  /** Its Pagefind bundle, for mergeIndex. */
  bundle: string;
}

/** What this shard's search page searches: its own group at once, the other shards on request. */
export interface SearchScope {
  /** The titles of this shard and the shards of its group, this one first. */
  titles: string[];
  /** The shards of its group other than itself: their indexes merge into its own. */
  together: OtherShard[];
  /** Every other shard: searched one by one when a reader asks ("Tìm ở" on the search page). */
  elsewhere: OtherShard[];
}

/** The search scope of the shard under `ownBase`; one shard alone when the build is not sharded. */
export function searchScope(
  file = process.env.SHARD_MANIFEST,
  ownBase: string = import.meta.env.BASE_URL ?? '/',
): SearchScope {
  if (!file) return { titles: [], together: [], elsewhere: [] };
  const shards = parseJson(readFileSync(file, 'utf8'), shardManifestSchema(), file).shards;
  const own = shardAt(shards, ownBase);
  if (!own)
    throw new Error(`${file}: không có phân mảnh nào có đường dẫn ${asBase(ownBase)} (BASE_PATH của bản build này)`);
  const other = (s: Shard): OtherShard => ({
    id: s.id,
    title: s.title,
    base: shardBase(s),
    bundle: `${shardBase(s)}pagefind/`,
  });
  const together = shards.filter((s) => s !== own && searchedTogether(own, s));
  return {
    titles: [own, ...together].map((s) => s.title),
    together: together.map(other),
    elsewhere: shards.filter((s) => !searchedTogether(own, s)).map(other),
  };
}

const shardUnitsRead = new Map<string, Map<string, ShardUnit[]>>();

/**
 * Units that also have tasks in a sibling shard (cut from the same content
 * folder), as `npm run data` found them (scripts/lib/shard-units.ts), by unit
 * id. Read once per build as a file, not a collection: it is empty on every
 * unsharded build, and an empty collection is a build warning.
 */
export function shardUnitsByUnit(file = '.generated/content/shard-units.json'): Map<string, ShardUnit[]> {
  let byUnit = shardUnitsRead.get(file);
  if (!byUnit) {
    const entries = existsSync(file) ? parseJson(readFileSync(file, 'utf8'), z.array(shardUnitSchema()), file) : [];
    byUnit = groupBy(entries, (e) => e.unit);
    shardUnitsRead.set(file, byUnit);
  }
  return byUnit;
}
