/**
 * The pages made once per plan (/<plan>/, /<plan>/van-ban/, /tien-do/<plan>/).
 * Each gets the plan's content entry, not only its data, because the plan
 * page renders the entry's prose.
 */
import type { GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { PlanEntry } from './data';

export const planPaths = (async () => {
  const plans = await getCollection('plans');
  return plans.map((entry) => ({ params: { plan: entry.data.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export interface PlanPageProps {
  entry: PlanEntry;
}
