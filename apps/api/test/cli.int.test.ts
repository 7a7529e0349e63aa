import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDatabase, schema } from '@claimtrail/db'
import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { verifyPassword } from '../src/services/auth/passwords.ts'

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-cli-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

function cli(args: string[], stdin: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'apps/api/src/cli.ts'), ...args], {
    cwd: REPO_ROOT,
    input: stdin,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  })
}

describe('pnpm claimtrail users:create', () => {
  it('creates the first admin with the password from stdin, never from argv', () => {
    const ok = cli(
      ['users:create', '--email', 'first.admin@example.com', '--role', 'admin'],
      'correct horse battery\n',
    )
    expect(ok.status).toBe(0)
    expect(ok.stdout).toMatch(/^created admin first\.admin@example\.com \([0-9a-f-]{36}\)\n$/)
    expect(ok.stdout).not.toContain('correct horse')
  })

  it('refuses a weak password, a bad role and a duplicate, one line each', () => {
    const weak = cli(['users:create', '--email', 'a@example.com', '--role', 'admin'], 'short\n')
    expect(weak.status).toBe(1)
    expect(weak.stderr).toBe('claimtrail: password: must be at least 12 characters\n')
    const role = cli(['users:create', '--email', 'a@example.com', '--role', 'root'], 'long enough password\n')
    expect(role.status).toBe(1)
    expect(role.stderr).toMatch(/^claimtrail: role: /)
    const dup = cli(
      ['users:create', '--email', 'FIRST.admin@example.com', '--role', 'editor'],
      'long enough password\n',
    )
    expect(dup.status).toBe(1)
    expect(dup.stderr).toBe('claimtrail: An account with email FIRST.admin@example.com already exists\n')
  })
})

describe('pnpm claimtrail users:set-password', () => {
  it('sets an account’s password from stdin under the password rule, and ends its sessions', async () => {
    const created = cli(
      ['users:create', '--email', 'reset.me@example.com', '--role', 'checker'],
      'first long passphrase\n',
    )
    expect(created.status).toBe(0)

    const weak = cli(['users:set-password', '--email', 'reset.me@example.com'], '123456789012\n')
    expect(weak.status).toBe(1)
    expect(weak.stderr).toMatch(/^claimtrail: password: is too easy to guess/)
    const unknown = cli(
      ['users:set-password', '--email', 'nobody@example.com'],
      'copper violin meadow kite\n',
    )
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toBe('claimtrail: Account nobody@example.com not found\n')

    const ok = cli(['users:set-password', '--email', 'RESET.me@example.com'], 'copper violin meadow kite\n')
    expect(ok.stderr).toBe('')
    expect(ok.stdout).toBe('password set for reset.me@example.com; its sessions were ended\n')
    expect(ok.status).toBe(0)

    const database = await openDatabase({ dataDir, embeddedThread: 'main', owner: 'the CLI test' })
    try {
      const [user] = await database.db
        .select()
        .from(schema.users)
        .where(eq(schema.users.email, 'reset.me@example.com'))
      expect(await verifyPassword(user?.passwordHash ?? '', 'copper violin meadow kite')).toBe(true)
      const [event] = await database.db
        .select()
        .from(schema.events)
        .where(eq(schema.events.action, 'user.password_set'))
      expect(event).toMatchObject({ subjectId: user?.id })
    } finally {
      await database.close()
    }
    // Five cold starts of the CLI on the embedded database.
  }, 300_000)
})
