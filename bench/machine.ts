// The machine the bench runs on: how busy it is, and waiting until it is quiet.
import { cpus } from 'node:os';

/** Busy share of all cores over `ms` (from the kernel's per-core counters). */
async function busy(ms: number): Promise<number> {
  const total = () => cpus().reduce((a, c) => [a[0] + c.times.idle, a[1] + c.times.user + c.times.nice + c.times.sys + c.times.irq + c.times.idle], [0, 0]);
  const [i0, t0] = total();
  await new Promise((r) => setTimeout(r, ms));
  const [i1, t1] = total();
  return t1 > t0 ? 1 - (i1 - i0) / (t1 - t0) : 0;
}

/**
 * One-thread figures mean little while a JVM that just started (the bench's own Neo4j) warms up
 * on the same cores: wait, up to a minute, until the machine is quiet, and say how quiet it was.
 */
export async function settle(line: (label: string, value: string) => void): Promise<void> {
  const began = performance.now();
  let share = await busy(1000);
  while (share > 0.15 && performance.now() - began < 60_000) share = await busy(1000);
  line('machine: before measuring extraction', `${Math.round(share * 100)}% busy after ${((performance.now() - began) / 1000).toFixed(0)} s of waiting`);
}
