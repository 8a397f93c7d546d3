import { z } from 'zod';

/** A name that is safe as a folder and in a URL. */
const folderSafe = () => z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'chỉ gồm a-z, 0-9 và "-"');

/**
 * The shard manifest (docs/SCALE.md): the one small file every shard of a
 * sharded build reads, so each shard's search also searches the others and
 * links to them. A shard is an ordinary build of this project under its own
 * base path, with its own content folder (a province) or a subset of plans
 * (PLANS, the patterns given here).
 */
export const shardSchema = () =>
  z.strictObject({
    /** Folder-safe name; the shard's base path is /<id>/ unless `base` says otherwise. */
    id: folderSafe(),
    /** What readers see: "Tỉnh Quảng Trị", "Sở, ngành". */
    title: z.string().trim().min(1),
    base: z
      .string()
      .regex(/^\/([a-z0-9-]+\/)*$/, 'đường dẫn gốc dạng /a/ hoặc /a/b/')
      .optional(),
    /** PLANS patterns for a shard cut out of one content folder; absent when it has its own folder. */
    plans: z.string().trim().min(1).optional(),
    /**
     * Shards searched together by default: one place cut into several shards
     * (a province's own plans, its departments', its communes'). A shard with
     * no group is searched alone; the others are one choice away ("Tìm ở" on
     * the search page), each searched on its own: merging every shard's index
     * into one search costs a reader megabytes at 34 provinces (docs/SCALE.md).
     */
    group: folderSafe().optional(),
  });

export const shardManifestSchema = () =>
  z.strictObject({ shards: z.array(shardSchema()).min(1) }).superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.shards.forEach((s, i) => {
      const base = shardBase(s);
      if (seen.has(base))
        ctx.addIssue({ code: 'custom', path: ['shards', i, 'id'], message: `trùng đường dẫn ${base}` });
      seen.add(base);
    });
  });

export type Shard = z.infer<ReturnType<typeof shardSchema>>;
export type ShardManifest = z.infer<ReturnType<typeof shardManifestSchema>>;

export const shardBase = (s: Pick<Shard, 'id' | 'base'>): string => s.base ?? `/${s.id}/`;

/** Whether `other` is searched with `own` by default: the same shard, or the same group. */
export const searchedTogether = (own: Shard, other: Shard): boolean =>
  other === own || (own.group !== undefined && other.group === own.group);

/** A BASE_PATH as shard bases are written: one trailing slash. */
export const asBase = (base: string): string => base.replace(/\/*$/, '/');

/** The shard of the manifest built under `base` (a BASE_PATH, its trailing slash optional). */
export const shardAt = (shards: readonly Shard[], base: string): Shard | undefined => {
  const own = asBase(base);
  return shards.find((s) => shardBase(s) === own);
};

/**
 * A unit that also has tasks in another shard cut from the same content folder
 * (written by `npm run data`, read by the unit page): the page links to the
 * same unit's page there.
 */
export const shardUnitSchema = () =>
  z.strictObject({
    unit: z.string(),
    shard: z.string(),
    title: z.string(),
    /** Base path of the other shard; its unit page is `<base>don-vi/<unit>/`. */
    base: z.string(),
    led: z.number().int().nonnegative(),
    supported: z.number().int().nonnegative(),
  });

export type ShardUnit = z.infer<ReturnType<typeof shardUnitSchema>>;
