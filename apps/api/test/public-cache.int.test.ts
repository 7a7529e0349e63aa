import { ClaimDetailSchema, PublicClaimListSchema } from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { type LoggedIn, login } from './session.ts'

const { claims, ledgerState, publishedClaims } = schema

/** Readers see the published record (ADR 019): the out-of-band change goes there. */
const setPublishedRationale = (rationale: string) => ({
  record: sql`jsonb_set(${publishedClaims.record}, '{detail,rationale}', to_jsonb(${rationale}::text))`,
})

// The public ledger's response cache: valid while the ledger's version (raised by the database when
// a writing transaction commits) stays the same, so a reader never sees an answer older than the
// last committed write. Changes made here straight in the database, with no audit event, stand for
// "something the cache cannot know about": they show that an answer came from the cache.
describe.each(await testDatabases())('public response cache on $driver', (testDb) => {
  let t: TestApp
  let editor: LoggedIn
  const db = () => t.db.handle.db

  beforeAll(async () => {
    t = await createTestApp(testDb)
    editor = await login(t.app, 'editor@example.com')
  })
  afterAll(async () => {
    await t?.close()
  })

  const version = async () => (await db().select().from(ledgerState))[0]?.version ?? -1
  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers })
  const headlines = async () =>
    PublicClaimListSchema.parse((await get('/api/v1/public/claims?limit=100')).json()).items.map(
      (c) => c.headline,
    )
  const claimByHeadline = async (headline: string) => {
    const [row] = await db().select().from(claims).where(eq(claims.headline, headline))
    if (!row) throw new Error(`no demo claim "${headline}"`)
    return row
  }
  async function note(claimId: string) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claimId}/notes`,
      headers: editor.headers,
      payload: { body: 'Checked the caucus statement.' },
    })
    expect(res.statusCode).toBe(201)
  }

  it('raises the ledger version once per committed write, not for a refused one', async () => {
    const claim = await claimByHeadline('Charles Sousa worked with Dong in the Ontario legislature')
    const before = await version()
    await note(claim.id)
    expect(await version()).toBe(before + 1)
    const refused = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/claims/${claim.id}`,
      headers: editor.headers,
      payload: { version: 999, headline: 'A stale edit' },
    })
    expect(refused.statusCode).toBe(409)
    expect(await version()).toBe(before + 1)
  })

  it('keeps the version (and the cache) through events no reader can see: logins, suggestions, jobs', async () => {
    const before = await version()
    await login(t.app, 'checker@example.com')
    // Straight into the audit log, one transaction each, as those services write them.
    const event = (action: string) =>
      sql`insert into events (action, subject_type, subject_id) values (${action}, 'probe', 'p')`
    for (const action of ['job.enqueued', 'job.succeeded', 'suggestion.dismissed', 'user.updated']) {
      await db().transaction(async (tx) => {
        await tx.execute(event(action))
      })
    }
    expect(await version()).toBe(before)
    // Anything else still does, once per transaction.
    await db().transaction(async (tx) => {
      await tx.execute(event('article.created'))
      await tx.execute(event('job.failed'))
    })
    expect(await version()).toBe(before + 1)
  })

  it('answers a repeated request from the cache until the next write, then from the database', async () => {
    const published = await claimByHeadline('Han Dong was first elected to the House of Commons in 2018')
    const url = `/api/v1/public/claims/${published.id}`
    const first = await get(url)
    expect(first.statusCode).toBe(200)
    // Out of band: no audit event, so the cached answer stands.
    await db()
      .update(publishedClaims)
      .set(setPublishedRationale('Changed behind the cache.'))
      .where(eq(publishedClaims.claimId, published.id))
    const second = await get(url)
    expect(second.body).toBe(first.body)
    expect(second.headers.etag).toBe(first.headers.etag)
    expect(second.headers['content-type']).toBe(first.headers['content-type'])
    expect(second.headers['access-control-allow-origin']).toBe('*')
    expect((await get(url, { 'if-none-match': String(first.headers.etag) })).statusCode).toBe(304)
    // Any write through the application moves the version: the next answer is read afresh.
    await note(published.id)
    const third = await get(url)
    expect(third.json().rationale).toBe('Changed behind the cache.')
    expect(third.headers.etag).not.toBe(first.headers.etag)
  })

  it('shows a publication on the very next request', async () => {
    const approved = await claimByHeadline('Jagmeet Singh called for Dong’s removal from the Liberal caucus')
    expect(await headlines()).not.toContain(approved.headline)
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/claims/${approved.id}/publish`,
      headers: editor.headers,
      payload: { version: approved.version },
    })
    expect(res.statusCode).toBe(200)
    expect(ClaimDetailSchema.parse(res.json()).status).toBe('published')
    expect(await headlines()).toContain(approved.headline)
  })

  it('keeps nothing when turned off (PUBLIC_CACHE_MB=0)', async () => {
    const uncached = await createTestApp(testDb, { env: { PUBLIC_CACHE_MB: '0' } })
    try {
      const [row] = await uncached.db.handle.db.select().from(claims).where(eq(claims.status, 'published'))
      if (!row) throw new Error('no published demo claim')
      const url = `/api/v1/public/claims/${row.id}`
      expect((await uncached.app.inject({ method: 'GET', url })).statusCode).toBe(200)
      await uncached.db.handle.db
        .update(publishedClaims)
        .set(setPublishedRationale('Seen at once.'))
        .where(eq(publishedClaims.claimId, row.id))
      expect((await uncached.app.inject({ method: 'GET', url })).json().rationale).toBe('Seen at once.')
    } finally {
      await uncached.close()
    }
  })
})
