// Pure functions of a string called for every name or term in every paragraph (keys, folds,
// patterns built from a name) return what they returned before: a bounded map of recent answers
// spares the work. Bounded, so a long ingest does
// not grow it without end; cleared whole when full, as a new document's names differ anyway.
export function memo<T>(fn: (s: string) => T, max = 20000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s: string) => {
    let r = seen.get(s);
    if (r === undefined) {
      if (seen.size >= max) seen.clear();
      r = fn(s);
      seen.set(s, r);
    }
    return r;
  };
}
