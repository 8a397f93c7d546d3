/**
 * "Today" as the build sees it. SOURCE_DATE_EPOCH (the reproducible-builds
 * convention, seconds since 1970) pins it, so two builds of the same input
 * are byte-identical; without it the clock decides.
 */
export function sourceDateEpoch(epoch = process.env.SOURCE_DATE_EPOCH): Date | undefined {
  const seconds = Number(epoch);
  return epoch && Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
}

/** ISO date of "today": SOURCE_DATE_EPOCH when set, else the clock. */
export function buildDate(epoch = process.env.SOURCE_DATE_EPOCH): string {
  return (sourceDateEpoch(epoch) ?? new Date()).toISOString().slice(0, 10);
}
