/**
 * Units shared across shards (docs/SCALE.md, "Cross-shard links"): a shard cut
 * out of a content folder by PLANS imports the plans of the other shards cut
 * from that folder, and counts, per unit, the tasks each of them gives it. The
 * unit's page then links to the same unit's page in those shards.
 *
 * Shards with a content folder of their own (a province) are left out on
 * purpose: unit ids come from each folder's units.yaml, and "so-noi-vu" of
 * two provinces are two different offices.
 */
import { shardAt, shardBase, type Shard, type ShardUnit } from '../../src/schema/shard';
import { roleCounts, unitsOf } from '../../src/lib/units/roles';
import type { Task } from '../../src/schema/task';
import { planSelection } from './plan-select';

/**
 * The other shards of `shards` cut from the same folder as the shard at
 * `ownBase`; empty when that shard has its own folder.
 */
export function siblingShards(shards: readonly Shard[], ownBase: string): Shard[] {
  const own = shardAt(shards, ownBase);
  if (!own?.plans) return [];
  return shards.filter((s) => s !== own && s.plans);
}

/**
 * Per unit and sibling shard, the tasks it leads and supports there. `tasks`
 * are the siblings' tasks (imported with their PLANS); the order is the
 * manifest's, then the unit's id, so the output is the same on every build.
 */
export function shardUnits(siblings: readonly Shard[], tasks: readonly Task[]): ShardUnit[] {
  const out: ShardUnit[] = [];
  for (const shard of siblings) {
    const selection = planSelection(shard.plans)!;
    const mine = tasks.filter((t) => selection.has(t.plan));
    const units = [...new Set(mine.flatMap((t) => [...unitsOf(t)]))].sort();
    for (const unit of units) {
      const { led, supported } = roleCounts(mine, unit);
      out.push({ unit, shard: shard.id, title: shard.title, base: shardBase(shard), led, supported });
    }
  }
  return out;
}
