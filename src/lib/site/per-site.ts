/**
 * Something worked out from the whole site once per build, not once per page
 * that asks: `site()` loads the data once, and thousands of pages then ask
 * for the same key part, report page or index. Held by the site object, so a
 * test's small site never sees a large one's result.
 */
import type { Site } from './data';

export function perSite<T>(fn: (s: Site) => T): (s: Site) => T {
  const memo = new WeakMap<Site, { value: T }>();
  return (s) => {
    let held = memo.get(s);
    if (!held) memo.set(s, (held = { value: fn(s) }));
    return held.value;
  };
}
