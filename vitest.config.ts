import { defineConfig } from 'vitest/config'

// Two projects: pure unit tests next to the code, and integration tests (*.int.test.ts) that
// build the real app on a migrated real database (PGlite always, PostgreSQL when reachable).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: [
            'packages/*/src/**/*.int.test.ts',
            'apps/*/src/**/*.int.test.ts',
            'apps/*/test/**/*.int.test.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PGlite instances are heavy (WASM); keep parallelism modest on 2 cores.
          maxWorkers: 2,
        },
      },
    ],
  },
})
