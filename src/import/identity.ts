/**
 * The permalink promise as identity (docs/URLS.md): a registered task address
 * shows the task it was published for. Slugs come from printed numbers, so a
 * re-issued source that inserts a row with a repeated number shifts the
 * "-2", "-3" suffixes, and a removed task frees its number for the next one.
 * Here the natural slugs of a plan are checked against the registry and, where
 * content/redirects.yaml says so, re-assigned. Pure: the pipeline reads the files.
 */
import type { Diagnostic } from '../schema/quality';
import type { Task } from '../schema/task';
import type { GoneTask, TaskIdentity } from '../schema/permalink';
import { foldVietnamese } from '../text/fold';
import { slugify } from '../text/slug';

/** Long enough to tell titles apart, short enough that comparing stays cheap. */
const FINGERPRINT_LENGTH = 200;

/** Folded title: no tone marks, đ → d, lower case, punctuation and spacing runs as one space. */
export function titleFingerprint(title: string): string {
  return foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .slice(0, FINGERPRINT_LENGTH)
    .trim();
}

/**
 * The number as printed: the table reader numbers a repeated "2" as "2-2"
 * (with a warning), and that suffix is exactly what shifts when a row is
 * inserted, so it is not part of what the address was published for.
 */
export const printedNumber = (number: string) => number.replace(/-\d+$/, '');

const shown = (task: Pick<Task, 'title' | 'objective'>) => task.title || task.objective;

export function identityOf(task: Pick<Task, 'url' | 'plan' | 'number' | 'area' | 'title' | 'objective'>): TaskIdentity {
  const title = shown(task);
  return {
    url: task.url,
    plan: task.plan,
    number: printedNumber(task.number),
    area: task.area,
    title: title.length > FINGERPRINT_LENGTH ? `${title.slice(0, FINGERPRINT_LENGTH)}…` : title,
    fingerprint: titleFingerprint(title),
  };
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

const digits = (s: string) => s.match(/\d+/g)?.join(' ') ?? '';

/**
 * Whether two fingerprints name the same task, a spelling correction apart:
 * equal, or the same numbers in the same order and at most max(3, 20 %) of
 * the longer fingerprint's characters changed (docs/URLS.md, "Cùng một nhiệm vụ").
 */
export function similarTitles(a: string, b: string): boolean {
  if (a === b) return true;
  if (digits(a) !== digits(b)) return false;
  const budget = Math.max(3, Math.floor(0.2 * Math.max(a.length, b.length)));
  if (Math.abs(a.length - b.length) > budget) return false;
  return editDistance(a, b) <= budget;
}

/** The identity rule: same plan, printed number and area, and similar titles. */
export function sameTask(a: TaskIdentity, b: TaskIdentity): boolean {
  return a.plan === b.plan && a.number === b.number && a.area === b.area && similarTitles(a.fingerprint, b.fingerprint);
}

export interface AddressRules {
  /** Registered identities of this plan's task addresses. */
  registered: readonly TaskIdentity[];
  /** Addresses content/redirects.yaml keeps for the task they were published for. */
  keep: ReadonlySet<string>;
  /** Addresses content/redirects.yaml redirects: no task may take them. */
  redirected: ReadonlySet<string>;
  registryFile: string;
  redirectsFile: string;
}

const describe = (t: { number: string; title: string }) =>
  `nhiệm vụ ${t.number} «${t.title.length > 80 ? `${t.title.slice(0, 80)}…` : t.title}»`;

/**
 * Final slugs of a plan's tasks (`natural[i]` is task i's slug from its
 * printed number), the registered addresses whose task is gone, and an
 * error per address that would now show another task.
 */
export function assignAddresses(
  tasks: readonly Task[],
  rules: AddressRules,
): { slugs: string[]; gone: GoneTask[]; errors: Diagnostic[] } {
  const slugs = tasks.map((t) => t.slug);
  const identities = tasks.map(identityOf);
  const atUrl = new Map(tasks.map((t, i) => [t.url, i]));
  const gone: GoneTask[] = [];
  const errors: Diagnostic[] = [];
  const locked = new Set<number>();
  const displaced = new Set<number>();
  const slugOf = (url: string) => url.split('/')[2]!;
  for (const entry of rules.registered) {
    const i = atUrl.get(entry.url);
    if (rules.redirected.has(entry.url)) {
      if (i !== undefined) displaced.add(i);
      continue;
    }
    if (i !== undefined && sameTask(entry, identities[i]!)) {
      locked.add(i);
      continue;
    }
    if (rules.keep.has(entry.url)) {
      const j = identities.findIndex((id, k) => !locked.has(k) && sameTask(entry, id));
      if (i !== undefined && i !== j) displaced.add(i);
      if (j >= 0) {
        slugs[j] = slugOf(entry.url);
        locked.add(j);
        displaced.delete(j);
      } else gone.push({ ...entry, id: `${entry.plan}/${slugOf(entry.url)}`, slug: slugOf(entry.url) });
      continue;
    }
    if (i === undefined) {
      gone.push({ ...entry, id: `${entry.plan}/${slugOf(entry.url)}`, slug: slugOf(entry.url) });
      continue;
    }
    const now = tasks[i]!;
    errors.push({
      level: 'error',
      code: 'permalink-identity',
      message:
        `${entry.url} đã công bố cho ${describe(entry)} nhưng nay sẽ hiện ${describe(identities[i]!)} ` +
        `(${now.source.file}:${now.source.lines[0]}). Cách xử lý: (1) giữ nhiệm vụ cũ ở địa chỉ này và cho nhiệm vụ mới ` +
        `địa chỉ khác: thêm "- { path: ${entry.url}, reason: … }" vào keep trong ${rules.redirectsFile}; ` +
        `hoặc (2) khai báo chuyển hướng "- { from: ${entry.url}, to: …, reason: … }" trong ${rules.redirectsFile}.`,
      plan: entry.plan,
      file: rules.registryFile,
    });
  }
  // Tasks whose natural slug went to the registered task, or to a redirect: the next free "-n".
  const taken = new Set([
    ...slugs.filter((_, i) => !displaced.has(i)),
    ...rules.registered.map((e) => slugOf(e.url)),
    ...[...rules.redirected].map(slugOf),
  ]);
  for (const i of [...displaced].sort((a, b) => a - b)) {
    if (locked.has(i)) continue;
    const base = slugify(tasks[i]!.number) || 'x';
    let n = 2;
    while (taken.has(`${base}-${n}`)) n++;
    slugs[i] = `${base}-${n}`;
    taken.add(slugs[i]);
  }
  return { slugs, gone, errors };
}

/** The tasks with their final slugs: id, slug and url follow. */
export function readdress(tasks: readonly Task[], slugs: readonly string[]): Task[] {
  return tasks.map((t, i) =>
    slugs[i] === t.slug ? t : { ...t, id: `${t.plan}/${slugs[i]}`, slug: slugs[i]!, url: `/${t.plan}/${slugs[i]}/` },
  );
}
