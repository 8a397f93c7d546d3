/**
 * A step of the bench that may fail without taking the rest of the report
 * with it: its result, or one line saying why it did not run.
 */
export async function optional<T>(what: string, f: () => Promise<T>): Promise<T | string> {
  try {
    return await f();
  } catch (e) {
    return `(${what} không chạy được: ${(e as Error).message.split('\n')[0]})`;
  }
}
