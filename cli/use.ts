// Commands over the loaded graph: query, lookup, serve, export. Registered as they land.
import type { Command } from 'commander';

export function registerUse(program: Command): void {
  void program;
}
