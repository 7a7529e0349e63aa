import { createHash } from 'node:crypto'
import type { AuditEventKey } from '@claimtrail/contracts'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestDatabaseInstance, testDatabases } from '../testing/index.ts'
import { appendEvent } from './audit.ts'
import { migrate } from './migrate.ts'
import { articles, articleVersions, claims, events, ratings, users } from './schema/index.ts'
import { DEMO_ARTICLE_TEXT, seedDemo } from './seed/seed-demo.ts'

// Hashing is the auth layer's job; here any deterministic function will do.
// drizzle wraps driver errors; the database's own message is the cause.
const appendOnly = { cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) }) }

const hashPassword = async (p: string) => `test$${createHash('sha256').update(p).digest('hex')}`

describe.each(await testDatabases())('database on $driver', (testDb) => {
  let instance: TestDatabaseInstance
  beforeAll(async () => {
    instance = await testDb.create()
  })
  afterAll(async () => {
    await instance?.drop()
  })

  it('migrates an empty database and is idempotent', async () => {
    const db = instance.handle.db
    await migrate(instance.handle) // second run: nothing pending, nothing fails
    // Both drivers answer raw SQL with { rows }.
    const tables = (await db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    )) as unknown as { rows: { table_name: string }[] }
    expect(tables.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'articles',
        'article_versions',
        'claims',
        'entities',
        'events',
        'users',
        'sessions',
      ]),
    )
    const scale = await db.select().from(ratings).orderBy(ratings.position)
    expect(scale.map((r) => r.label)).toEqual([
      'Accurate',
      'Mostly accurate',
      'Mixed',
      'Unsubstantiated',
      'Misleading',
      'False',
      'Not rated',
    ])
  })

  it('seeds the demo once, in every workflow state', async () => {
    const db = instance.handle.db
    expect(await seedDemo(db, { hashPassword })).toBe(true)
    expect(await seedDemo(db, { hashPassword })).toBe(false)

    const [article] = await db.select().from(articles)
    expect(article?.title).toBe('Chinese interference, Dong (in tears) leaves the Liberals')
    const versions = await db.select().from(articleVersions)
    expect(versions).toHaveLength(1)
    expect(versions[0]?.body).toBe(DEMO_ARTICLE_TEXT)

    const all = await db.select().from(claims)
    expect(all.length).toBeGreaterThanOrEqual(8)
    const statuses = new Set(all.map((c) => c.status))
    for (const s of ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'corrected']) {
      expect(statuses).toContain(s)
    }
    expect(all.filter((c) => ['published', 'corrected'].includes(c.status)).length).toBeGreaterThanOrEqual(3)
    // Every anchor matches the text it points at.
    for (const c of all) {
      expect(DEMO_ARTICLE_TEXT.slice(c.anchorStart, c.anchorEnd)).toBe(c.anchorExact)
      expect(DEMO_ARTICLE_TEXT.slice(c.anchorStart - c.anchorPrefix.length, c.anchorStart)).toBe(
        c.anchorPrefix,
      )
    }
    const accounts = await db
      .select({ email: users.email, role: users.role })
      .from(users)
      .orderBy(users.email)
    expect(accounts).toEqual([
      { email: 'admin@example.com', role: 'admin' },
      { email: 'checker@example.com', role: 'checker' },
      { email: 'editor@example.com', role: 'editor' },
    ])
    const published = all.find((c) => c.status === 'published')
    const history = await db
      .select()
      .from(events)
      .where(eq(events.claimId, published?.id ?? ''))
    expect(history.map((e) => e.action)).toEqual(
      expect.arrayContaining(['claim.created', 'claim.submit', 'claim.approve', 'claim.publish']),
    )
  })

  it('refuses UPDATE, DELETE and TRUNCATE on the audit log', async () => {
    const db = instance.handle.db
    // A test-only action, outside the contract.
    const key = { action: 'test.appended', subjectType: 'test' } as unknown as AuditEventKey
    await appendEvent(db, { actorId: null, ...key, subjectId: 'x' })
    await expect(db.execute(sql`update events set action = 'test.changed'`)).rejects.toMatchObject(appendOnly)
    await expect(db.execute(sql`delete from events`)).rejects.toMatchObject(appendOnly)
    await expect(db.execute(sql`truncate events`)).rejects.toMatchObject(appendOnly)
  })

  it('keeps article versions immutable', async () => {
    await expect(
      instance.handle.db.execute(sql`update article_versions set body = 'x'`),
    ).rejects.toMatchObject(appendOnly)
  })

  it('enforces constraints in the database', async () => {
    const db = instance.handle.db
    const [claim] = await db.select().from(claims).limit(1)
    if (!claim) throw new Error('no claim')
    // headline over 75 characters
    await expect(
      db
        .update(claims)
        .set({ headline: 'x'.repeat(76) })
        .where(eq(claims.id, claim.id)),
    ).rejects.toThrow()
    // anchor end before start
    await expect(db.update(claims).set({ anchorEnd: 0 }).where(eq(claims.id, claim.id))).rejects.toThrow()
    // a public claim without a verdict
    await expect(
      db.update(claims).set({ status: 'published', verdictRatingId: null }).where(eq(claims.id, claim.id)),
    ).rejects.toThrow()
    // unknown status is refused by the enum
    await expect(db.execute(sql`update claims set status = 'bogus' where id = ${claim.id}`)).rejects.toThrow()
    // one account per email, whatever its case
    await expect(
      db
        .insert(users)
        .values({ email: 'ADMIN@example.com', displayName: 'x', role: 'admin', passwordHash: 'x' }),
    ).rejects.toThrow()
  })
})
