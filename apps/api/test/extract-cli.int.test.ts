import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-extract-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const demo = readFileSync(join(REPO_ROOT, 'packages/db/seed/article.txt'), 'utf8')

function cli(args: string[], stdin = '') {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'apps/api/src/cli.ts'), 'extract', ...args],
    {
      cwd: REPO_ROOT,
      input: stdin,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
}

describe('pnpm claimtrail extract', () => {
  it('--quotes writes exactly one prediction line per record and nothing else on stdout', () => {
    const records = [
      { id: 'demo', text: demo, outlet: 'ignored' },
      { id: 7, text: '' },
      { id: 'x', text: '“Yes,” she said.' },
    ]
    const run = cli(['--quotes'], `${records.map((r) => JSON.stringify(r)).join('\n')}\n`)
    expect(run.status).toBe(0)
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.id)).toEqual(['demo', 7, 'x'])
    expect(lines[1].quotes).toEqual([])
    expect(lines[2].quotes).toEqual([
      {
        speaker: 'she',
        speaker_start: 7,
        speaker_end: 10,
        verb: 'said',
        verb_start: 11,
        verb_end: 15,
        quote: '“Yes,”',
        quote_start: 0,
        quote_end: 6,
        is_floating_quote: false,
      },
    ])
    const global = lines[0].quotes.find((q: { verb: string; speaker: string }) => q.speaker === 'Global News')
    expect(demo.slice(global.quote_start, global.quote_end)).toBe(global.quote)
  })

  it('reports a bad line on stderr and goes on', () => {
    const run = cli(
      ['--quotes', '-'],
      'not json\n{"text":"no id"}\n{"id":"ok","text":"Smith said the plan failed."}\n',
    )
    expect(run.status).toBe(0)
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('line 1: not JSON')
    expect(run.stderr).toContain('line 2: no "id"')
  })

  it('prints one suggestions object per input file, and shows progress on stderr for a large batch', () => {
    const file = join(dir, 'article.txt')
    writeFileSync(file, demo)
    const run = cli([file, file, '--publisher', 'Corriere Canadese'])
    expect(run.status).toBe(0)
    const objects = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(objects).toHaveLength(2)
    const relay = objects[0].claims.find((c: { chain: { role: string }[] }) =>
      c.chain.some((h) => h.role === 'relay'),
    )
    expect(relay.chain.map((h: { name: string }) => h.name)).toEqual([
      'Unnamed national security sources',
      'Global News',
      'Corriere Canadese',
    ])

    const batch = join(dir, 'batch.jsonl')
    const line = JSON.stringify({ id: 'd', text: demo })
    writeFileSync(batch, `${Array.from({ length: 200 }, () => line).join('\n')}\n`)
    const big = cli(['--jsonl', batch])
    expect(big.status).toBe(0)
    expect(big.stdout.trimEnd().split('\n')).toHaveLength(200)
    expect(big.stderr).toMatch(/extract: 100% \(200 records\)/)
  })
})
