import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'claimtrail-backup-cli-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const source = join(work, 'source')
const target = join(work, 'target')
const file = join(work, 'claimtrail.jsonl')

function cli(dataDir: string, args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'apps/api/src/cli.ts'), ...args], {
    cwd: REPO_ROOT,
    input,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
}

// The embedded database both ways; PostgreSQL is covered by packages/db/src/backup (same code).
// Each step starts a process that opens PGlite: slow on a busy machine, hence the timeouts.
describe('pnpm claimtrail export / import', { timeout: 180_000 }, () => {
  it('exports the embedded database to a file', () => {
    // generate seeds the demo into a new embedded database, then adds its synthetic data.
    expect(cli(source, ['generate', '--articles', '2', '--claims-per-article', '2']).status).toBe(0)
    const exported = cli(source, ['export', '--out', file])
    expect(exported.stderr).toMatch(
      /^exported [\d,]+ rows from PGlite \(.*\) to .*claimtrail\.jsonl \([\d,]+ bytes, sha256 [0-9a-f]{64}\)\n$/,
    )
    expect(exported.status).toBe(0)
    expect(exported.stdout).toBe('')
    expect(existsSync(`${file}.partial`)).toBe(false)
    expect(readFileSync(file, 'utf8')).toMatch(/^\{"format":"claimtrail-export","version":1,/)
  })

  it('imports it into a new database, whose export (on stdout) is the same bytes', () => {
    const imported = cli(target, ['import', '--in', file])
    expect(imported.stderr).toBe('')
    expect(imported.stdout).toMatch(/^imported [\d,]+ rows into \d+ tables of PGlite \(.*\)\n$/)
    expect(imported.status).toBe(0)
    const again = cli(target, ['export'])
    expect(again.status).toBe(0)
    expect(again.stdout === readFileSync(file, 'utf8')).toBe(true)
  })

  it('refuses a second import, a missing file and a foreign file, one line each', () => {
    const twice = cli(target, ['import'], readFileSync(file, 'utf8'))
    expect(twice.status).toBe(1)
    expect(twice.stderr).toMatch(
      /^claimtrail: the target database is not empty \(rows in .*\): import into a new, freshly migrated database\n$/,
    )
    const missing = cli(join(work, 'other'), ['import', '--in', join(work, 'nope.jsonl')])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/^claimtrail: ENOENT: no such file or directory/)
    const foreign = cli(target, ['import'], 'id,name\n1,x\n')
    expect(foreign.status).toBe(1)
    expect(foreign.stderr).toBe('claimtrail: not a Claimtrail export: line 1 is not a header\n')
  })
})
