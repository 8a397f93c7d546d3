/**
 * PLANS=<pattern>[,<pattern>…]: the plans one shard builds (docs/SCALE.md).
 * A pattern is a plan id, or a prefix ending in "*" ("qt-*"). A pattern that
 * matches no plan is an error, so a typo cannot quietly build an empty or
 * partial shard.
 */
export interface PlanSelection {
  /** Whether the plan is in this build. */
  has(id: string): boolean;
  /** Patterns that matched none of `ids`, as one-line messages. */
  unmatched(ids: Iterable<string>): string[];
}

export function planSelection(spec: string | undefined): PlanSelection | undefined {
  const patterns = (spec ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (patterns.length === 0) return undefined;
  const matches = (p: string, id: string) => (p.endsWith('*') ? id.startsWith(p.slice(0, -1)) : id === p);
  return {
    has: (id) => patterns.some((p) => matches(p, id)),
    unmatched: (ids) => {
      const all = [...ids];
      return patterns
        .filter((p) => !all.some((id) => matches(p, id)))
        .map((p) => `PLANS: "${p}" không khớp kế hoạch nào trong nguồn`);
    },
  };
}
