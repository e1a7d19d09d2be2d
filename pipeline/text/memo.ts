// Pure string functions called for every name in every paragraph (keys, folds) return what they
// returned before: a bounded map of recent answers spares the work. Bounded, so a long ingest does
// not grow it without end; cleared whole when full, as a new document's names differ anyway.
export function memo(fn: (s: string) => string, max = 20000): (s: string) => string {
  const seen = new Map<string, string>();
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
