import { ArticleSuggestionsSchema, ClaimDetailSchema, ErrorSchema } from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { count, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { type LoggedIn, login } from './session.ts'

const { articles, claims, entities, events } = schema

describe.each(await testDatabases())('suggestions API on $driver', (testDb) => {
  let t: TestApp
  let checker: LoggedIn
  let articleId: string

  beforeAll(async () => {
    t = await createTestApp(testDb)
    checker = await login(t.app, 'checker@example.com')
    const [article] = await t.db.handle.db.select().from(articles)
    articleId = article?.id ?? ''
  })
  afterAll(async () => {
    await t?.close()
  })

  const computeSuggestions = async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/suggestions`,
      headers: checker.headers,
      payload: {},
    })
    expect(res.statusCode).toBe(200)
    return ArticleSuggestionsSchema.parse(res.json())
  }
  const entityCount = async () => (await t.db.handle.db.select({ n: count() }).from(entities))[0]?.n ?? 0

  it('hides suggestions below a check-worthiness floor', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/suggestions`,
      headers: checker.headers,
      payload: { minCheckWorthiness: 0.6 },
    })
    const body = ArticleSuggestionsSchema.parse(res.json())
    expect(body.suggestions.length).toBeGreaterThan(0)
    expect(body.suggestions.every((s) => s.checkWorthiness >= 0.6)).toBe(true)
  })

  it('suggests the Global News relay, Dong’s admission and denial, and Ke’s denial on the demo article', async () => {
    const body = await computeSuggestions()
    const relay = body.suggestions.find((s) => s.chain.some((h) => h.role === 'relay'))
    expect(relay?.chain.map((h) => [h.role, h.name, h.entityKind])).toEqual([
      ['origin', 'Unnamed national security sources', 'anonymous_group'],
      ['relay', 'Global News', 'outlet'],
      ['publisher', 'Corriere Canadese', 'outlet'],
    ])
    expect(relay?.responses.map((r) => [r.responder.name, r.stance])).toEqual([
      ['Han Dong', 'partially_admits'],
      ['Han Dong', 'denies'],
    ])
    const ke = body.suggestions.find((s) => s.anchor.text.includes('Vincent Ke resigned'))
    expect(ke?.responses.map((r) => [r.responder.name, r.stance, r.words.text])).toEqual([
      ['Vincent Ke', 'denies', 'allegations Ke denied with firmness'],
    ])
  })

  it('accepts the relay suggestion as a draft claim with its chain and responses, reusing known entities, in one audited transaction', async () => {
    const before = await entityCount()
    const { articleVersionId, suggestions } = await computeSuggestions()
    const relay = suggestions.find((s) => s.chain.some((h) => h.role === 'relay'))
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/suggestions/accept`,
      headers: checker.headers,
      payload: {
        articleVersionId,
        suggestionId: relay?.id,
        headline: 'Dong urged China to delay the two Michaels’ release',
      },
    })
    expect(res.statusCode).toBe(201)
    expect(res.headers.etag).toBeDefined()
    const claim = ClaimDetailSchema.parse(res.json())
    expect(claim).toMatchObject({
      status: 'draft',
      kind: 'allegation',
      headline: 'Dong urged China to delay the two Michaels’ release',
      statement: relay?.statement,
    })
    expect(claim.anchor).toMatchObject({ start: relay?.anchor.start, end: relay?.anchor.end })
    expect(claim.chains[0]?.hops.map((h) => [h.role, h.entity.name, h.named, h.onRecord, h.cue])).toEqual([
      ['origin', 'Unnamed national security sources', false, false, 'Citing'],
      ['relay', 'Global News', true, true, 'reported'],
      ['publisher', 'Corriere Canadese', true, true, null],
    ])
    expect(claim.responses.map((r) => [r.entity.name, r.stance])).toEqual([
      ['Han Dong', 'partially_admits'],
      ['Han Dong', 'denies'],
    ])
    // Known entities are found by name or alias (any case); only the two Michaels are new.
    const seeded = async (name: string) =>
      (await t.db.handle.db.select().from(entities).where(eq(entities.name, name)))[0]?.id
    expect(claim.chains[0]?.hops.map((h) => h.entity.id)).toEqual([
      await seeded('Unnamed national security sources'),
      await seeded('Global News'),
      await seeded('Corriere Canadese'),
    ])
    expect(claim.responses[0]?.entity.id).toBe(await seeded('Han Dong'))
    expect(claim.subjects.map((s) => s.name).sort()).toEqual(['Han Dong', 'Michael Kovrig', 'Michael Spavor'])
    expect(await entityCount()).toBe(before + 2)
    const claimEvents = await t.db.handle.db
      .select()
      .from(events)
      .where(eq(events.claimId, claim.id))
      .orderBy(events.id)
    // The creation event records the claim, its subjects and the suggestion it came from.
    expect(claimEvents[0]?.after).toMatchObject({
      id: claim.id,
      subjectIds: claim.subjects.map((s) => s.id).sort(),
      fromSuggestion: expect.any(String),
    })
    const actions = claimEvents.map((e) => e.action)
    expect(actions).toEqual([
      'claim.created',
      'claim.chain_added',
      'claim.response_added',
      'claim.response_added',
      // The checker's decision, for the quality loop (ADR 017).
      'suggestion.accepted',
    ])
  })

  it('creates an entity it does not know, with its audit event', async () => {
    const { articleVersionId, suggestions } = await computeSuggestions()
    const liberals = suggestions.find((s) => s.claimant?.name === 'Some Liberal MPs')
    expect(liberals).toBeDefined()
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/suggestions/accept`,
      headers: checker.headers,
      payload: { articleVersionId, suggestionId: liberals?.id, kind: 'opinion' },
    })
    expect(res.statusCode).toBe(201)
    const claim = ClaimDetailSchema.parse(res.json())
    expect(claim.kind).toBe('opinion')
    const [created] = await t.db.handle.db
      .select()
      .from(entities)
      .where(sql`lower(${entities.name}) = 'some liberal mps'`)
    // An unnamed group of MPs (AP: a source the text does not name is anonymous).
    expect(created?.kind).toBe('anonymous_group')
    const [event] = await t.db.handle.db
      .select()
      .from(events)
      .where(eq(events.subjectId, created?.id ?? ''))
    expect(event?.action).toBe('entity.created')
  })

  it('refuses a stale version (409), an unknown suggestion (404) and a reader (401), creating nothing', async () => {
    const claimsBefore = (await t.db.handle.db.select({ n: count() }).from(claims))[0]?.n
    const { suggestions } = await computeSuggestions()
    const stale = await t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/suggestions/accept`,
      headers: checker.headers,
      payload: { articleVersionId: '00000000-0000-4000-8000-000000000000', suggestionId: suggestions[0]?.id },
    })
    expect(stale.statusCode).toBe(409)
    expect(ErrorSchema.parse(stale.json()).message).toMatch(/newer text/)
    const { articleVersionId } = await computeSuggestions()
    const unknown = await t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/suggestions/accept`,
      headers: checker.headers,
      payload: { articleVersionId, suggestionId: 'q1-2' },
    })
    expect(unknown.statusCode).toBe(404)
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/suggestions`,
      payload: {},
    })
    expect(anonymous.statusCode).toBe(401)
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/articles/00000000-0000-4000-8000-000000000000/suggestions',
      headers: checker.headers,
      payload: {},
    })
    expect(missing.statusCode).toBe(404)
    expect((await t.db.handle.db.select({ n: count() }).from(claims))[0]?.n).toBe(claimsBefore)
  })
})
