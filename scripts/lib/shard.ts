/**
 * One shard of a sharded build (docs/SCALE.md): an ordinary build of this
 * project with the shard's content folder or plans, under its base path,
 * its dist/ copied to <out>/<base>. Shards run side by side under an
 * existing runner (xargs -P, a CI matrix); this file only builds one.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { shardBase, shardManifestSchema, type Shard } from '../../src/schema/shard';
import { copyProject } from './project';
import { buildSite, type SiteBuild } from './site-build';
import { InputError, readJson } from './input-file';

export function readManifest(file: string): Shard[] {
  return readJson(file, shardManifestSchema(), file, dirname(resolve(file))).shards;
}

export interface ShardOptions {
  /** Build in this project folder (a CI job's own checkout) instead of a throw-away copy. */
  inPlace?: boolean;
  /** The shard's content folder (a province); default: the project's content/. */
  content?: string;
  /** Extra environment (SOURCE_DATE_EPOCH, SITE_URL…). */
  env?: Record<string, string>;
}

/** Builds shard `id` of the manifest; returns the measured stages and where its pages are. */
export async function buildShard(
  root: string,
  manifestFile: string,
  id: string,
  out: string,
  opts: ShardOptions = {},
): Promise<SiteBuild & { dir: string }> {
  const shard = readManifest(manifestFile).find((s) => s.id === id);
  if (!shard) throw new InputError([`${manifestFile}: không có phân mảnh "${id}"`]);
  const base = shardBase(shard);
  const project = opts.inPlace ? root : copyProject(root, `shard-${id}`);
  try {
    const env: Record<string, string> = {
      ...opts.env,
      BASE_PATH: base,
      SHARD_MANIFEST: resolve(manifestFile),
      ...(shard.plans ? { PLANS: shard.plans } : {}),
      ...(opts.content ? { CONTENT_DIR: resolve(opts.content) } : {}),
    };
    const built = await buildSite(root, project, env);
    const dir = join(out, ...base.split('/').filter(Boolean));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(project, 'dist'), dir, { recursive: true });
    return { ...built, dir };
  } finally {
    if (!opts.inPlace) rmSync(project, { recursive: true, force: true });
  }
}
