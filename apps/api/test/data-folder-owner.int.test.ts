import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LOCK_FILE } from '@claimtrail/db'
import { afterAll, describe, expect, it } from 'vitest'
import { exitOf, freePort, runCli, startCli, startServer, waitFor, waitForHealth } from './processes.ts'

// One owner per embedded database folder (ADR 018): the CLI beside a running server goes
// through it or is refused, and nothing written either way is lost.
const dirs: string[] = []
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const PASSWORD = 'a long enough password'

async function logIn(port: number, email: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  return res.status
}

const lockOf = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'))

describe('a CLI command against the data folder of a running server', () => {
  const dataDir = tempDir('claimtrail-owned-')
  const exportFile = join(tempDir('claimtrail-export-'), 'backup.jsonl')
  const env = { DATA_DIR: dataDir, HOST: '127.0.0.1' }

  it('goes through the server (users:create, export) or is refused (migrate, generate, import); a crash leaves no lock behind', {
    timeout: 600_000,
  }, async () => {
    const port = await freePort()
    const server = startServer({ ...env, PORT: String(port) })
    try {
      await waitForHealth(port, server)
      await waitFor('the admin channel', async () => lockOf(dataDir).admin)

      const created = await runCli(
        ['users:create', '--email', 'routed@example.com', '--role', 'checker'],
        env,
        `${PASSWORD}\n`,
      )
      expect(created.stderr).toBe('')
      expect(created.stdout).toMatch(
        /^created checker routed@example\.com \([0-9a-f-]{36}\) \(through the running server\)\n$/,
      )
      expect(created.status).toBe(0)
      // The server sees the account at once: it was written by the server itself.
      expect(await logIn(port, 'routed@example.com')).toBe(200)

      const duplicate = await runCli(
        ['users:create', '--email', 'ROUTED@example.com', '--role', 'editor'],
        env,
        `${PASSWORD}\n`,
      )
      expect(duplicate).toMatchObject({
        status: 1,
        stderr: 'claimtrail: An account with email ROUTED@example.com already exists\n',
      })

      const exported = await runCli(['export', '--out', exportFile], env)
      expect(exported.status).toBe(0)
      expect(exported.stderr).toMatch(/^exported \d+ rows from PGlite \(.*\) through the running server to /)
      expect(readFileSync(exportFile, 'utf8')).toContain('"routed@example.com"')

      const refusal = `claimtrail: the data folder ${dataDir} is in use by the Claimtrail server (pid ${server.pid}, since `
      for (const args of [
        ['migrate'],
        ['generate', '--articles', '1', '--claims-per-article', '1'],
        ['import', '--in', exportFile],
      ]) {
        const refused = await runCli(args, env)
        expect(refused.status, args[0]).toBe(1)
        expect(refused.stderr.startsWith(refusal), refused.stderr).toBe(true)
        expect(refused.stderr.trim().split('\n')).toHaveLength(1)
      }
      expect(await logIn(port, 'routed@example.com')).toBe(200)
    } finally {
      server.kill('SIGKILL')
    }
    await exitOf(server)

    // kill -9 left the lock file: its pid is dead, so the next owner takes it over.
    expect(lockOf(dataDir).pid).toBe(server.pid)
    const migrated = await runCli(['migrate'], env)
    expect(migrated).toMatchObject({ status: 0, stdout: 'migrations applied\n' })

    const second = await freePort()
    const restarted = startServer({ ...env, PORT: String(second) })
    try {
      await waitForHealth(second, restarted)
      expect(await logIn(second, 'routed@example.com')).toBe(200)
    } finally {
      restarted.kill('SIGTERM')
    }
    expect(await exitOf(restarted)).toBe(0)
  })

  it('keeps the server out while a CLI command owns the folder, and loses nothing', {
    timeout: 600_000,
  }, async () => {
    const fresh = tempDir('claimtrail-cli-first-')
    const freshEnv = { DATA_DIR: fresh, HOST: '127.0.0.1' }
    // An import reading stdin holds the folder until its input ends.
    const importing = startCli(['import'], freshEnv)
    await waitFor(
      'the import to own the folder',
      async () => (lockOf(fresh).owner === 'claimtrail import' ? true : undefined),
      {
        child: importing,
      },
    )

    const port = await freePort()
    const refused = startServer({ ...freshEnv, PORT: String(port) })
    expect(await exitOf(refused)).toBe(1)
    expect(refused.output().stderr).toBe(
      `claimtrail: startup failed: the data folder ${fresh} is in use by claimtrail import (pid ${importing.pid}, since ${lockOf(fresh).startedAt}); stop it first\n`,
    )

    importing.stdin?.end(readFileSync(exportFile))
    expect(await exitOf(importing)).toBe(0)
    expect(importing.output().stdout).toMatch(/^imported \d+ rows into \d+ tables of PGlite/)

    const server = startServer({ ...freshEnv, PORT: String(port) })
    try {
      await waitForHealth(port, server)
      expect(await logIn(port, 'routed@example.com')).toBe(200)
    } finally {
      server.kill('SIGTERM')
    }
    expect(await exitOf(server)).toBe(0)
  })
})
