import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// E2E_PORT lets two runs (e.g. two work trees) share a machine.
const port = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://127.0.0.1:${port}`

// A fresh embedded database per run: on an empty data folder the API migrates and seeds the demo.
// Workers evaluate this file again but inherit the main process's environment, so they reuse it.
process.env.CLAIMTRAIL_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrail-e2e-'))
const dataDir = process.env.CLAIMTRAIL_E2E_DATA_DIR

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  // CI machines are shared: a step that takes 2 s on a quiet laptop takes 10 s at load 20. The
  // budgets scale with that; the specs themselves wait for states a user would wait for.
  timeout: process.env.CI ? 90_000 : 30_000,
  expect: { timeout: process.env.CI ? 20_000 : 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        headless: true,
        // No browser download here: Debian's Chromium.
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // What production runs: the compiled server serving the built web app (`pnpm build` first;
    // `pnpm test:e2e` does).
    command: 'node --max-semi-space-size=8 apps/api/dist/server.mjs',
    cwd: repoRoot,
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Every test logs in from 127.0.0.1: the per-address limit would count the whole suite as one
      // visitor. The per-account limit stays as in production (auth.spec.ts runs into it on purpose).
      LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
      // import-url.spec.ts serves the page to import from 127.0.0.1.
      FETCH_ALLOW_PRIVATE: 'true',
    },
    url: `${baseURL}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
