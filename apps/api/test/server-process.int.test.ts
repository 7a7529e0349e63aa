import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ArticleListSchema } from '@claimtrail/contracts'
import { afterAll, describe, expect, it } from 'vitest'

// These tests start the real server process, as `pnpm start` does, and read what a user sees.
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const SERVER = join(REPO_ROOT, 'apps/api/src/server.ts')

function run(
  env: Record<string, string>,
): ChildProcess & { output: () => { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (d) => {
    stdout += d
  })
  child.stderr?.on('data', (d) => {
    stderr += d
  })
  return Object.assign(child, { output: () => ({ stdout, stderr }) })
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode)
    else child.once('exit', (code) => resolve(code))
  })
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const address = server.address()
  await new Promise<void>((r) => server.close(() => r()))
  if (!address || typeof address !== 'object') throw new Error('no port')
  return address.port
}

async function waitForHealth(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 150_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`)
      if (res.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('server did not become healthy within 150 s')
}

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('server start-up', () => {
  it.each([
    ['a malformed DATABASE_URL', { DATABASE_URL: 'mysql://nope' }, /DATABASE_URL must be a postgres/],
    ['a non-numeric PORT', { PORT: 'eighty' }, /PORT/],
    [
      'a database still unreachable after DB_STARTUP_TIMEOUT_S',
      { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/claimtrail', DB_STARTUP_TIMEOUT_S: '1' },
      /cannot reach PostgreSQL at postgres:\/\/nobody@127\.0\.0\.1:1\/claimtrail after 1 s \(DB_STARTUP_TIMEOUT_S\)/,
    ],
  ])('refuses %s with one clear line and a non-zero exit', async (_what, env, expected) => {
    const child = run(env)
    expect(await exitOf(child)).toBe(1)
    const { stderr } = child.output()
    expect(stderr).toMatch(expected)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).not.toMatch(/\n\s+at /) // no stack trace
  })

  // Two cold starts of embedded PostgreSQL: slow when other test files share the two cores.
  it('seeds an empty data folder once, keeps its data on the next start, and shuts down cleanly', {
    timeout: 400_000,
  }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-data-'))
    dirs.push(dataDir)
    const ids: string[][] = []
    for (let start = 0; start < 2; start++) {
      const port = await freePort()
      const child = run({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' })
      try {
        await waitForHealth(port, child)
        const res = await fetch(`http://127.0.0.1:${port}/api/v1/articles`)
        ids.push(ArticleListSchema.parse(await res.json()).items.map((a) => a.id))
      } finally {
        child.kill('SIGTERM')
      }
      expect(await exitOf(child)).toBe(0)
    }
    expect(ids[0]).toHaveLength(1)
    expect(ids[1]).toEqual(ids[0])
  })
})
