/**
 * Runs `work` at most once per key at a time and remembers only success: callers that
 * arrive while it runs share its promise, and a failure is forgotten so the next call
 * retries (after the operator fixes the set-up, a long-running worker recovers by itself).
 */
export function oncePerKey<T>(): (key: string, work: () => Promise<T>) => Promise<T> {
  const results = new Map<string, Promise<T>>();
  return (key, work) => {
    let result = results.get(key);
    if (result === undefined) {
      result = work();
      results.set(key, result);
      result.catch(() => results.delete(key));
    }
    return result;
  };
}
