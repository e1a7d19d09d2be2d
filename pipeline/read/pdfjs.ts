// pdfjs-dist's legacy build, the one that runs on Node 20, carries core-js polyfills that replace
// Array.prototype.push, JSON.parse and Function.prototype.toString for the whole process with
// slower ones: every push in every stage paid for it (a tenth of extraction's time on the
// shared corpus). pdfjs needs none of the three on Node 20, so it is loaded only when a PDF
// comes, and the engine's own are put back after each use (its worker code loads the polyfills
// again on first use).
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const TARGETS: ReadonlyArray<readonly [object, string]> = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
];
/** The engine's own, taken before pdfjs was ever loaded. */
const NATIVE = TARGETS.map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)!] as const);

function restoreNatives(): void {
  for (const [o, k, d] of NATIVE) if (Object.getOwnPropertyDescriptor(o, k)?.value !== d.value) Object.defineProperty(o, k, d);
}

let loaded: Promise<Pdfjs> | undefined;

/** Run `fn` with pdfjs; the builtins it replaced are the engine's again when `fn` ends. */
export async function withPdfjs<T>(fn: (pdfjs: Pdfjs) => Promise<T>): Promise<T> {
  try {
    return await fn(await (loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs')));
  } finally {
    restoreNatives();
  }
}
