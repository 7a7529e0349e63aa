import { createHash } from 'node:crypto'
import { Readable, Writable } from 'node:stream'
import type { AuditEventKey } from '@claimtrail/contracts'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestDatabase, type TestDatabaseInstance, testDatabases } from '../../testing/index.ts'
import { appendEvent } from '../audit.ts'
import type { Db } from '../client.ts'
import { generateDataset } from '../generate/index.ts'
import { seedDemo } from '../seed/seed-demo.ts'
import { exportDatabase } from './export.ts'
import { BackupFormatError, ImportRefusedError } from './format.ts'
import { type ImportOptions, importDatabase } from './import.ts'

// Hashing is the auth layer's job; here any deterministic function will do.
const hashPassword = async (p: string) => `test$${createHash('sha256').update(p).digest('hex')}`

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows
}

/** The demo, a small generated dataset, and the awkward values the generators never write. */
async function fill(db: Db): Promise<void> {
  expect(await seedDemo(db, { hashPassword })).toBe(true)
  await generateDataset(db, { articles: 4, claimsPerArticle: 4, seed: 11 })
  // A self-reference pointing forward in key order, so it crosses insert batches.
  await db.execute(sql`update entities set merged_into_id = (select id from entities order by id desc limit 1)
                       where id = (select id from entities order by id limit 1)`)
  await db.execute(sql`update claims set hedges = array['may', 'a "quoted, hedge"', 'NULL', 'back\\slash', 'ünï ☃']
                       where id = (select id from claims order by id limit 1)`)
  const [user] = await rows<{ id: string }>(db, sql`select id from users order by email limit 1`)
  await appendEvent(db, {
    actorId: user?.id ?? null,
    // A test-only action, outside the contract.
    ...({ action: 'test.awkward_values', subjectType: 'test' } as unknown as AuditEventKey),
    subjectId: 'x',
    after: {
      text: 'é — 😀 "quoted"\n\\ tab\t',
      nested: { n: 1.5, big: '12345678901234567890', list: [null, true] },
    },
  })
  await db.execute(sql`insert into sessions (token_hash, user_id, created_at, last_seen_at, expires_at, csrf_secret)
                       values ('Zz', ${user?.id}, '2030-01-02 03:04:05.123456+02', '2030-01-02 03:04:05.1+02',
                               '2030-01-02 03:04:05+02', 's'),
                              ('aa', ${user?.id}, now(), now(), now() + interval '1 day', 't')`)
  await db.execute(sql`insert into login_attempts (key, window_start, failures)
                       values ('ip:10.0.0.1', '2030-01-01T00:00:00.000001Z', 3), ('account:Z@x', now(), 1),
                              ('account:a@x', now(), 2)`)
}

/** The export as a string (the tests compare exports byte for byte). */
async function exportText(db: Db): Promise<string> {
  const chunks: Buffer[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk)
      done()
    },
  })
  await exportDatabase(db, sink, { batchSize: 97 })
  return Buffer.concat(chunks).toString('utf8')
}

/** Feeds the text in odd-sized chunks, so lines and UTF-8 characters straddle chunk boundaries. */
function importText(db: Db, text: string, options?: ImportOptions) {
  const bytes = Buffer.from(text, 'utf8')
  const chunks: Buffer[] = []
  for (let i = 0; i < bytes.length; i += 4_093) chunks.push(bytes.subarray(i, i + 4_093))
  return importDatabase(db, Readable.from(chunks), options)
}

async function expectEmpty(db: Db): Promise<void> {
  const [counts] = await rows<{ users: number; events: number; claims: number; ratings: number }>(
    db,
    sql`select (select count(*)::int from users) as users, (select count(*)::int from events) as events,
               (select count(*)::int from claims) as claims, (select count(*)::int from ratings) as ratings`,
  )
  // Only the default scale migration 0002 writes.
  expect(counts).toEqual({ users: 0, events: 0, claims: 0, ratings: 7 })
}

const lines = (text: string) => text.split('\n')
/** The first differing line, to make a failed byte comparison readable. */
function firstDifference(a: string, b: string): string | null {
  const [la, lb] = [lines(a), lines(b)]
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}:\n- ${la[i]?.slice(0, 300)}\n+ ${lb[i]?.slice(0, 300)}`
  }
  return null
}

const databases = await testDatabases()

describe.each(databases)('export and import on $driver', (testDb) => {
  let source: TestDatabaseInstance
  let target: TestDatabaseInstance
  let exported = ''
  beforeAll(async () => {
    source = await testDb.create()
    target = await testDb.create()
    await fill(source.handle.db)
    exported = await exportText(source.handle.db)
  })
  afterAll(async () => {
    await source?.drop()
    await target?.drop()
  })

  it('writes a header, every table in foreign-key order with its rows in key order, and a trailer', async () => {
    const all = lines(exported)
    expect(all.at(-1)).toBe('')
    const header = JSON.parse(all[0] ?? '')
    expect(header).toMatchObject({ format: 'claimtrail-export', version: 1 })
    expect(header.schemaMigration.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(header.schemaMigration.tag).toMatch(/^\d{4}_/)
    const tables: string[] = header.tables
    expect(tables).toEqual(expect.arrayContaining(['events', 'article_versions', 'claims', 'sessions']))
    expect(tables.indexOf('users')).toBeLessThan(tables.indexOf('events'))
    expect(tables.indexOf('articles')).toBeLessThan(tables.indexOf('article_versions'))
    expect(tables.indexOf('article_versions')).toBeLessThan(tables.indexOf('claims'))
    expect(tables.indexOf('responses')).toBeLessThan(tables.indexOf('reply_requests'))

    const trailer = JSON.parse(all.at(-2) ?? '')
    const body = `${all.slice(0, -2).join('\n')}\n`
    expect(trailer.sha256).toBe(createHash('sha256').update(body).digest('hex'))
    // Every row of every table, the audit log included.
    for (const table of tables) {
      const [count] = await rows<{ n: number }>(
        source.handle.db,
        sql`select count(*)::int as n from ${sql.identifier(table)}`,
      )
      expect(trailer.rows[table], table).toBe(count?.n)
    }
    expect(trailer.rows.events).toBeGreaterThan(100)

    // Values keep their full precision and are written the same way everywhere.
    const sessions = all.slice(all.findIndex((l) => l.startsWith('{"table":"sessions"')) + 1)
    expect(sessions[0]).toMatch(/^\["Zz",/) // code-point order: "Z" before "a", whatever the collation
    expect(sessions[0]).toContain('"2030-01-02T01:04:05.123456+00:00","2030-01-02T01:04:05.1+00:00"')
    const eventsLine = exported.match(/^\["\d+",[^\n]*test\.awkward_values[^\n]*$/m)?.[0]
    expect(eventsLine).toMatch(/^\["\d+",/) // bigint as a string
    expect(eventsLine).toContain('"big": "12345678901234567890"')
    // The claims' generated search column is the database's to compute, not the file's to carry.
    expect(exported).not.toMatch(/"search_vector"/)
  })

  it('refuses a truncated, damaged or foreign file and leaves the target untouched', async () => {
    const db = target.handle.db
    const all = lines(exported)
    const cut = exported.slice(0, Math.floor(exported.length * 0.6))
    expect(cut.endsWith('\n')).toBe(false)
    await expect(importText(db, cut)).rejects.toThrow(
      /the file ends in the middle of line \d+: it is truncated; nothing was imported/,
    )
    await expect(importText(db, `${all.slice(0, -2).join('\n')}\n`)).rejects.toThrow(
      /without its trailer: it is truncated; nothing was imported/,
    )
    // One changed character in the middle of a text: valid JSON, valid rows, wrong checksum.
    const at = exported.indexOf('"Chinese interference')
    const damaged = `${exported.slice(0, at + 2)}c${exported.slice(at + 3)}`
    await expect(importText(db, damaged)).rejects.toThrow(/does not match its checksum/)
    // A row the database refuses.
    const badRow = exported.replace(/^\["[0-9a-f-]{36}",/m, '["not-a-uuid",')
    await expect(importText(db, badRow)).rejects.toThrow(
      /table \w+, lines \d+–\d+: invalid input syntax for type uuid/,
    )
    await expect(importText(db, exported.replace('"version":1', '"version":2'))).rejects.toThrow(
      'unsupported export format version 2: this Claimtrail reads version 1',
    )
    await expect(importText(db, exported.replace(/"hash":"[0-9a-f]+"/, '"hash":"abc"'))).rejects.toThrow(
      ImportRefusedError,
    )
    await expect(importText(db, '{"hello":"world"}\n')).rejects.toThrow(BackupFormatError)
    await expect(importText(db, '')).rejects.toThrow(/empty/)
    await expectEmpty(db)
  })

  it('restores into an empty database: export, import, export is byte-identical', async () => {
    // Small batches: the forward self-reference and the row batches cross statement boundaries.
    const summary = await importText(target.handle.db, exported, { batchRows: 50 })
    expect(summary.totalRows).toBe(
      Object.values(JSON.parse(lines(exported).at(-2) ?? '').rows as number[]).reduce((a, b) => a + b, 0),
    )
    const again = await exportText(target.handle.db)
    expect(firstDifference(exported, again)).toBeNull()
    expect(again).toBe(exported)

    // The audit log goes on where it stopped, and stays append-only.
    await appendEvent(target.handle.db, {
      actorId: null,
      // A test-only action, outside the contract.
      ...({ action: 'test.after_import', subjectType: 'test' } as unknown as AuditEventKey),
      subjectId: 'y',
    })
    const [ids] = await rows<{ last: string; before: string }>(
      target.handle.db,
      sql`select max(id)::text as last, (select max(id) from events where action <> 'test.after_import')::text as before from events`,
    )
    expect(BigInt(ids?.last ?? 0)).toBe(BigInt(ids?.before ?? 0) + 1n)
    await expect(target.handle.db.execute(sql`delete from events`)).rejects.toThrow()
  })

  it('names the migration that differs, and a table the target lacks', async () => {
    const header = JSON.parse(lines(exported)[0] ?? '') as { schemaMigration: { tag: string; hash: string } }
    const { tag, hash } = header.schemaMigration
    // A fresh, empty target: the restore test above has filled `target`.
    const scratch = await testDb.create()
    try {
      // The same migration, edited after the export was written: same name, other checksum.
      const edited = exported.replace(`"hash":"${hash}"`, `"hash":"${'f'.repeat(64)}"`)
      await expect(importText(scratch.handle.db, edited)).rejects.toThrow(
        `the export's migration ${tag} differs from this database's (checksum ffffffffffff… in the export, ${hash.slice(0, 12)}… here): import with the Claimtrail version that wrote the export`,
      )
      await scratch.handle.db.execute(sql`drop table claim_notes`)
      await expect(importText(scratch.handle.db, exported)).rejects.toThrow(
        "the export's tables do not match this database's (only in the export: claim_notes)",
      )
      await expectEmpty(scratch.handle.db)
    } finally {
      await scratch.drop()
    }
  })

  it('refuses to import into a database that holds data', async () => {
    await expect(importText(source.handle.db, exported)).rejects.toThrow(
      /the target database is not empty \(rows in .*\): import into a new, freshly migrated database/,
    )
  })
})

const pglite = databases.find((d) => d.driver === 'pglite')
const postgres = databases.find((d) => d.driver === 'pg')

// Three databases and a fill: slow on a busy machine, hence the timeout.
describe.skipIf(!pglite || !postgres)('moving between PGlite and PostgreSQL', { timeout: 180_000 }, () => {
  const instances: TestDatabaseInstance[] = []
  const create = async (d: TestDatabase | undefined) => {
    if (!d) throw new Error('unreachable')
    const instance = await d.create()
    instances.push(instance)
    return instance.handle.db
  }
  afterAll(async () => {
    for (const instance of instances) await instance.drop()
  })

  it('moves the embedded database to PostgreSQL and back, byte for byte', async () => {
    const embedded = await create(pglite)
    await fill(embedded)
    const fromPglite = await exportText(embedded)

    const server = await create(postgres)
    await importText(server, fromPglite)
    const fromPostgres = await exportText(server)
    expect(firstDifference(fromPglite, fromPostgres)).toBeNull()

    const back = await create(pglite)
    await importText(back, fromPostgres)
    expect(await exportText(back)).toBe(fromPglite)
  })
})
