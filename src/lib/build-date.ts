/**
 * "Today" as the build sees it: SOURCE_DATE_EPOCH when set, so two builds of
 * the same input are byte-identical; otherwise the clock. ISO date.
 */
export function buildDate(epoch = process.env.SOURCE_DATE_EPOCH): string {
  const seconds = Number(epoch);
  return (Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : new Date()).toISOString().slice(0, 10);
}
