import { type Entity, EntitySchema } from '@claimtrail/contracts'
import { type DatabaseHandle, openDatabase, schema, seedDemo } from '@claimtrail/db'
import { type TestDatabaseInstance, testDatabases } from '@claimtrail/db/testing'
import { and, eq, inArray, or } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type App, buildApp } from '../src/app.ts'
import { hashPassword } from '../src/services/auth/passwords.ts'
import { testConfig } from './helpers.ts'
import { type LoggedIn, login } from './session.ts'

const { claimSubjects, claims, entities, events, responses } = schema

// One lock order (ADR 012): a merge and claim writes on the claims it touches, all at once.
// With the merge locking entities first, PostgreSQL answered some of these with "deadlock detected".
describe.each(await testDatabases())('entity merges beside claim writes on $driver', (testDb) => {
  const PAIRS = 25
  let t: { app: App; db: { handle: DatabaseHandle } }
  let instance: TestDatabaseInstance
  let checker: LoggedIn
  let editor: LoggedIn
  let survivor: Entity
  let duplicates: Entity[]
  let claimIds: string[]

  beforeAll(async () => {
    instance = await testDb.create()
    // A pool as large as the burst: requests wait for row locks, never for a free connection.
    const handle = instance.url
      ? await openDatabase({ url: instance.url, dataDir: '', poolMax: 2 * PAIRS })
      : instance.handle
    await seedDemo(handle.db, { hashPassword })
    t = { app: await buildApp({ config: testConfig(), database: handle }), db: { handle } }
    checker = await login(t.app, 'checker@example.com')
    editor = await login(t.app, 'editor@example.com')
    const create = async (name: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/entities',
        headers: checker.headers,
        payload: { name, kind: 'person' },
      })
      expect(res.statusCode, res.body).toBe(201)
      return EntitySchema.parse(res.json())
    }
    survivor = await create('Survivor')
    duplicates = []
    for (let i = 0; i < PAIRS; i++) duplicates.push(await create(`Duplicate ${i}`))
    // Claims by one duplicate, about the next one: every merge touches two claims.
    const [template] = await t.db.handle.db.select().from(claims).limit(1)
    if (!template) throw new Error('no demo claim')
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...fields } = template
    const rows = await t.db.handle.db
      .insert(claims)
      .values(
        duplicates.map((d, i) => ({
          ...fields,
          status: 'draft' as const,
          headline: `Claim ${i}`,
          claimantId: d.id,
        })),
      )
      .returning({ id: claims.id })
    claimIds = rows.map((r) => r.id)
    await t.db.handle.db
      .insert(claimSubjects)
      .values(claimIds.map((claimId, i) => ({ claimId, entityId: duplicates[(i + 1) % PAIRS]?.id ?? '' })))
  })
  afterAll(async () => {
    await t?.app.close()
    if (t && t.db.handle !== instance.handle) await t.db.handle.close()
    await instance?.drop()
  })

  it(`runs ${PAIRS} merges and ${PAIRS} claim writes at once without a deadlock or a retry the user sees`, async () => {
    const requests = duplicates.flatMap((duplicate, i) => [
      t.app.inject({
        method: 'POST',
        url: `/api/v1/entities/${duplicate.id}/merge`,
        headers: editor.headers,
        payload: { intoId: survivor.id, version: duplicate.version },
      }),
      // Locks claim i, then share-locks the survivor the merges are locking too.
      t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claimIds[i]}/responses`,
        headers: checker.headers,
        payload: { entityId: survivor.id, stance: 'denies', words: `Reply ${i}` },
      }),
    ])
    const answers = await Promise.all(requests)
    const failures = answers.filter((a) => a.statusCode >= 300).map((a) => `${a.statusCode} ${a.body}`)
    expect(failures).toEqual([])

    const db = t.db.handle.db
    // Every reference moved to the survivor; every reply written; each claim marked changed once
    // by the merge of its claimant and once by the merge of its subject, plus its new response.
    const left = await db
      .select({ id: claims.id })
      .from(claims)
      .where(
        inArray(
          claims.claimantId,
          duplicates.map((d) => d.id),
        ),
      )
    expect(left).toEqual([])
    const subjects = await db.select().from(claimSubjects).where(inArray(claimSubjects.claimId, claimIds))
    expect(subjects.map((s) => s.entityId)).toEqual(claimIds.map(() => survivor.id))
    const replies = await db.select().from(responses).where(inArray(responses.claimId, claimIds))
    expect(replies).toHaveLength(PAIRS)
    const versions = await db
      .select({ version: claims.version })
      .from(claims)
      .where(inArray(claims.id, claimIds))
    expect(versions.map((v) => v.version)).toEqual(claimIds.map(() => 4))
    const merged = await db
      .select({ claimId: events.claimId })
      .from(events)
      .where(and(eq(events.action, 'claim.entity_merged'), inArray(events.claimId, claimIds)))
    expect(merged).toHaveLength(PAIRS * 2)
    const stillDuplicates = await db
      .select({ id: entities.id })
      .from(entities)
      .where(
        and(
          inArray(
            entities.id,
            duplicates.map((d) => d.id),
          ),
          or(eq(entities.mergedIntoId, survivor.id)),
        ),
      )
    expect(stillDuplicates).toHaveLength(PAIRS)
  })
})
