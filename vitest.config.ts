import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Most test time is e2e files waiting on child processes, servers and timers, not on a
    // core: four files at once on a 2-core machine halves the suite's wall time (122 → 63 s).
    maxWorkers: 4,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
