import { readFileSync, existsSync } from 'node:fs';
import { redirectsSchema, type Redirect } from '../../schema/redirect';
import { parseYaml } from '../../schema/read';

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
