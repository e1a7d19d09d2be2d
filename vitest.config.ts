import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Graph tests share one Neo4j database: files run one after another.
    fileParallelism: false,
    // Tests that run the kg binary several times need minutes on a loaded 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ['default'],
  },
});
