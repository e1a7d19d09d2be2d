// Ports for servers a test starts besides the suite's own: offsets from the suite's ports
// (KG_TEST_BOLT_PORT, KG_TEST_HTTP_PORT), so two checkouts can run their tests at once.
const BOLT = Number(process.env.KG_TEST_BOLT_PORT ?? 7688);
const HTTP = Number(process.env.KG_TEST_HTTP_PORT ?? 7475);

/** Bolt and HTTP ports for the n-th extra server of the suite (n >= 1). */
export function extraPorts(n: number): { bolt: number; http: number } {
  return { bolt: BOLT + 2 + n, http: HTTP + 2 + n };
}
