/**
 * content/permalinks.json, read with the one input reader and written back
 * only when something was added. Entries are never removed or changed by a
 * program: a registered address is a promise (docs/URLS.md).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { permalinkRegistrySchema, type PermalinkRegistry } from '../../src/schema/permalink';
import type { Task } from '../../src/schema/task';
import { identityOf } from '../../src/import/identity';
import { readJson } from './input-file';

export const REGISTRY_COMMENT =
  'Mọi địa chỉ đã công bố, và mỗi địa chỉ nhiệm vụ trỏ tới nhiệm vụ nào (docs/URLS.md). Bản build tự thêm địa chỉ mới; không sửa, không xoá bằng tay. Địa chỉ đổi phải khai báo trong content/redirects.yaml.';

export function readRegistry(file: string): PermalinkRegistry {
  if (!existsSync(file)) return { permalinks: [], tasks: [] };
  return readJson(file, permalinkRegistrySchema(), file, dirname(file));
}

/** Writes the registry, sorted, if its text changed; returns whether it did. */
export function writeRegistry(file: string, registry: PermalinkRegistry): boolean {
  const out: PermalinkRegistry = {
    $comment: REGISTRY_COMMENT,
    permalinks: [...new Set(registry.permalinks)].sort(),
    tasks: [...registry.tasks].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
  };
  const text = JSON.stringify(out, null, 1) + '\n';
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  writeFileSync(file, text);
  return true;
}

/** The registry with every task address it does not hold yet, and what it points at. */
export function recordTasks(
  registry: PermalinkRegistry,
  tasks: readonly Task[],
): { registry: PermalinkRegistry; added: string[] } {
  const known = new Set(registry.tasks.map((t) => t.url));
  const fresh = tasks.filter((t) => !known.has(t.url)).map(identityOf);
  return {
    registry: {
      ...registry,
      permalinks: [...registry.permalinks, ...fresh.map((t) => t.url)],
      tasks: [...registry.tasks, ...fresh],
    },
    added: fresh.map((t) => t.url),
  };
}
