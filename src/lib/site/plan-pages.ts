/**
 * The pages made once per plan (/<plan>/, /<plan>/van-ban/, /tien-do/<plan>/).
 * Each gets the plan's content entry, not only its data, because the plan
 * page renders the entry's prose.
 */
import type { GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { site, type PlanEntry } from './data';
import { keyed, planPageKey } from './cache-key';

// cacheKey: Astro's incremental build skips the page while its data is unchanged (src/lib/site/cache-key.ts).
export const planPaths = (async () => {
  const [plans, s] = await Promise.all([getCollection('plans'), site()]);
  return plans.map((entry) => ({
    params: { plan: entry.data.id },
    props: { entry },
    cacheKey: keyed(() => planPageKey(entry.data, s, entry.body)),
  }));
}) satisfies GetStaticPaths;

export interface PlanPageProps {
  entry: PlanEntry;
}
