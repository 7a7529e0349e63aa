import { defineConfig } from 'vitest/config'

// Three projects: pure unit tests next to the code; component tests of the web's React components
// (*.test.tsx, Testing Library on happy-dom); and integration tests (*.int.test.ts) that build the
// real app on a migrated real database (PGlite always, PostgreSQL when reachable).
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
          name: 'component',
          include: ['apps/web/src/**/*.test.tsx'],
          environment: 'happy-dom',
          // A page's origin, so the API client builds the same absolute URLs as in a browser.
          environmentOptions: { happyDOM: { url: 'http://claimtrail.test/' } },
          setupFiles: ['apps/web/src/test/setup-component-tests.ts'],
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
