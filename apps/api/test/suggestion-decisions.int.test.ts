import {
  ArticleSuggestionsSchema,
  DashboardSchema,
  ErrorSchema,
  SuggestionDecisionSchema,
} from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { EXTRACTOR_VERSION } from '@claimtrail/extract'
import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { type LoggedIn, login } from './session.ts'

const { articles, events, suggestionDecisions } = schema

// The quality loop (docs/decisions/017-suggestion-quality-loop.md): every decision on a suggestion is
// recorded with what it proposed, what was wrong and the extractor version; editors see precision.
describe.each(await testDatabases())('suggestion decisions on $driver', (testDb) => {
  let t: TestApp
  let checker: LoggedIn
  let otherChecker: LoggedIn
  let editor: LoggedIn
  let articleId: string

  beforeAll(async () => {
    t = await createTestApp(testDb)
    checker = await login(t.app, 'checker@example.com')
    editor = await login(t.app, 'editor@example.com')
    otherChecker = await login(t.app, 'admin@example.com')
    const [article] = await t.db.handle.db.select().from(articles)
    articleId = article?.id ?? ''
  })
  afterAll(async () => {
    await t?.close()
  })

  const compute = async (who: LoggedIn) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/suggestions`,
      headers: who.headers,
      payload: {},
    })
    expect(res.statusCode).toBe(200)
    return ArticleSuggestionsSchema.parse(res.json())
  }
  const post = (who: LoggedIn, action: 'accept' | 'dismiss', payload: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/suggestions/${action}`,
      headers: who.headers,
      payload,
    })
  const decisionCount = async () =>
    (await t.db.handle.db.select({ n: count() }).from(suggestionDecisions))[0]?.n ?? 0

  it('records an acceptance as is and one after edits, each with its audit event', async () => {
    const { articleVersionId, suggestions, extractorVersion } = await compute(checker)
    expect(extractorVersion).toBe(EXTRACTOR_VERSION)
    const relay = suggestions.find((s) => s.chain.some((h) => h.role === 'relay'))
    const asIs = await post(checker, 'accept', { articleVersionId, suggestionId: relay?.id })
    expect(asIs.statusCode).toBe(201)
    const claimId = asIs.json().id as string
    const [row] = await t.db.handle.db
      .select()
      .from(suggestionDecisions)
      .where(eq(suggestionDecisions.claimId, claimId))
    expect(row).toMatchObject({
      articleVersionId,
      suggestionId: relay?.id,
      outcome: 'accepted',
      types: ['quote', 'relay', 'response', 'source_kind'],
      wrongTypes: [],
      extractorVersion: EXTRACTOR_VERSION,
      decidedBy: checker.user.id,
    })
    const [event] = await t.db.handle.db
      .select()
      .from(events)
      .where(eq(events.subjectId, row?.id ?? ''))
    expect(event).toMatchObject({ action: 'suggestion.accepted', claimId, actorId: checker.user.id })

    const other = suggestions.find((s) => s.id !== relay?.id && s.attribution?.type === 'direct')
    const edited = await post(checker, 'accept', {
      articleVersionId,
      suggestionId: other?.id,
      headline: 'A headline the checker wrote',
    })
    expect(edited.statusCode).toBe(201)
    const [editedRow] = await t.db.handle.db
      .select()
      .from(suggestionDecisions)
      .where(eq(suggestionDecisions.claimId, edited.json().id))
    expect(editedRow?.outcome).toBe('accepted_edited')
  })

  it('dismisses a suggestion for every checker and session, naming what was wrong', async () => {
    const { articleVersionId, suggestions, dismissed } = await compute(checker)
    const target = suggestions.find((s) => s.attribution && s.chain.some((h) => h.mention))
    expect(target).toBeDefined()
    const res = await post(checker, 'dismiss', {
      articleVersionId,
      suggestionId: target?.id,
      wrong: ['source_kind'],
      note: 'Not a person',
    })
    expect(res.statusCode).toBe(201)
    const decision = SuggestionDecisionSchema.parse(res.json())
    expect(decision).toMatchObject({
      outcome: 'dismissed',
      wrongTypes: ['source_kind'],
      claimId: null,
      note: 'Not a person',
      extractorVersion: EXTRACTOR_VERSION,
    })
    expect(decision.types).toContain('quote')
    const [event] = await t.db.handle.db.select().from(events).where(eq(events.subjectId, decision.id))
    expect(event).toMatchObject({ action: 'suggestion.dismissed', actorId: checker.user.id })

    // Another user, another session: the suggestion is no longer offered.
    const again = await compute(otherChecker)
    expect(again.suggestions.some((s) => s.id === target?.id)).toBe(false)
    expect(again.dismissed).toBe(dismissed + 1)
    const twice = await post(otherChecker, 'dismiss', { articleVersionId, suggestionId: target?.id })
    expect(twice.statusCode).toBe(409)
    expect(ErrorSchema.parse(twice.json()).message).toMatch(/already dismissed/)
  })

  it('runs the extractor once per version: later requests, accepts and dismissals read the cache', async () => {
    // The tests above computed, accepted and dismissed on the demo's one version.
    const before = t.app.workerPool.tasksStarted.suggest
    expect(before).toBe(1)
    const { articleVersionId, suggestions } = await compute(editor)
    await compute(otherChecker)
    const target = suggestions.find((s) => !s.chain.some((h) => h.mention))
    const res = await post(editor, 'dismiss', { articleVersionId, suggestionId: target?.id })
    expect(res.statusCode).toBe(201)
    expect(t.app.workerPool.tasksStarted.suggest).toBe(before)
  })

  it('refuses a part the suggestion did not propose, a stale version and an unknown suggestion, writing nothing', async () => {
    const before = await decisionCount()
    const { articleVersionId, suggestions } = await compute(checker)
    const noRelay = suggestions.find((s) => !s.chain.some((h) => h.role === 'relay'))
    const wrongPart = await post(checker, 'dismiss', {
      articleVersionId,
      suggestionId: noRelay?.id,
      wrong: ['relay'],
    })
    expect(wrongPart.statusCode).toBe(400)
    expect(ErrorSchema.parse(wrongPart.json()).message).toMatch(/proposes no relay/)
    const stale = await post(checker, 'dismiss', {
      articleVersionId: '00000000-0000-4000-8000-000000000000',
      suggestionId: noRelay?.id,
    })
    expect(stale.statusCode).toBe(409)
    const unknown = await post(checker, 'dismiss', { articleVersionId, suggestionId: 'q1-2' })
    expect(unknown.statusCode).toBe(404)
    const badType = await post(checker, 'dismiss', {
      articleVersionId,
      suggestionId: noRelay?.id,
      wrong: ['spelling'],
    })
    expect(badType.statusCode).toBe(400)
    expect(await decisionCount()).toBe(before)
  })

  it('shows editors the precision per suggestion type and extractor version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: editor.headers })
    expect(res.statusCode).toBe(200)
    const { suggestionPrecision } = DashboardSchema.parse(res.json())
    const byType = Object.fromEntries(suggestionPrecision.map((r) => [r.type, r]))
    // Three decisions so far: two acceptances, one dismissal that found only the source kind wrong.
    expect(byType.quote).toMatchObject({ decided: 3, right: 3, acceptedAsIs: 1, precision: 1 })
    expect(byType.source_kind).toMatchObject({ decided: 3, right: 2, acceptedAsIs: 1 })
    expect(byType.source_kind?.precision).toBeCloseTo(2 / 3)
    expect(byType.relay).toMatchObject({ decided: 1, right: 1, extractorVersion: EXTRACTOR_VERSION })
    expect(byType.quote?.week).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})
