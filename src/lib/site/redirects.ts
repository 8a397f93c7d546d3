import { readFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { redirectsSchema, type Redirect } from '../../schema/redirect';
import { goneTaskSchema, type GoneTask } from '../../schema/permalink';
import { parseJson, parseYaml } from '../../schema/read';

export type { Redirect };

/**
 * content/redirects.yaml: permalinks that moved. A registered permalink may
 * stop resolving only if it is listed here; the build turns each entry into
 * a static redirect page. Read with the one strict reader (npm run data has
 * already refused a bad file with its line; this is the same check).
 */
export function readRedirects(file = 'content/redirects.yaml'): Redirect[] {
  if (!existsSync(file)) return [];
  return parseYaml(readFileSync(file, 'utf8'), redirectsSchema(), file).redirects;
}

/**
 * Registered task addresses whose task left its plan, as `npm run data` found
 * them (.generated/content/gone.json). Read as a file, not a collection: it is
 * empty on most builds, and an empty collection is a build warning.
 */
export function readGone(file = '.generated/content/gone.json'): GoneTask[] {
  if (!existsSync(file)) return [];
  return parseJson(readFileSync(file, 'utf8'), z.array(goneTaskSchema()), file);
}
