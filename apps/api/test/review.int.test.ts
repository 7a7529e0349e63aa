import { ChangesSinceSchema, ClaimDetailSchema, DashboardSchema, ErrorSchema } from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { and, count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { type LoggedIn, login } from './session.ts'

const { articleVersions, claims, entities, events, ratings, sourcingAssessments } = schema

describe.each(await testDatabases())('editorial review on $driver', (testDb) => {
  let t: TestApp
  let checker: LoggedIn
  let editor: LoggedIn
  let text: string
  let articleId: string
  const entity = async (name: string) =>
    (await t.db.handle.db.select().from(entities).where(eq(entities.name, name)))[0]?.id ?? ''
  const getClaim = async (id: string, who: LoggedIn = editor) =>
    ClaimDetailSchema.parse(
      (
        await t.app.inject({ method: 'GET', url: `/api/v1/claims/${id}`, headers: { cookie: who.cookie } })
      ).json(),
    )

  beforeAll(async () => {
    t = await createTestApp(testDb)
    checker = await login(t.app, 'checker@example.com')
    editor = await login(t.app, 'editor@example.com')
    const [version] = await t.db.handle.db.select().from(articleVersions)
    text = version?.body ?? ''
    articleId = version?.articleId ?? ''
  })
  afterAll(async () => {
    await t?.close()
  })

  it('explains the demo allegation’s S5 grade rule by rule', async () => {
    const [allegation] = await t.db.handle.db
      .select()
      .from(claims)
      .where(
        eq(
          claims.anchorExact,
          text.slice(text.indexOf('Dong told a senior'), text.indexOf('Dong told a senior') + 20),
        ),
      )
    const all = await t.db.handle.db.select().from(claims)
    const target = allegation ?? all.find((c) => c.anchorExact.startsWith('Dong told a senior'))
    const claim = await getClaim(target?.id ?? '')
    expect(claim.sourcingGrade).toBe('S5')
    expect(claim.sourcing.computedGrade).toBe('S5')
    expect(claim.sourcing.reasons.map((r) => r.rule)).toEqual(
      expect.arrayContaining(['base.s5-relayed-anonymous', 'adjust.hedge', 'adjust.unanswered-denial']),
    )
    for (const reason of claim.sourcing.reasons) expect(reason.text.length).toBeGreaterThan(10)
  })

  it('recomputes the stored grade when the sourcing changes', async () => {
    const quote = 'Dong received the applause of some liberal MPs present in the hall'
    const start = text.indexOf(quote)
    const created = ClaimDetailSchema.parse(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/articles/${articleId}/claims`,
          headers: checker.headers,
          payload: {
            start,
            end: start + quote.length,
            statement: 'Some Liberal MPs applauded Dong.',
            headline: 'Liberal MPs applauded Dong',
            kind: 'statement_of_fact',
          },
        })
      ).json(),
    )
    expect(created.sourcing.computedGrade).toBe('S6')
    const chained = ClaimDetailSchema.parse(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/claims/${created.id}/chains`,
          headers: checker.headers,
          payload: {
            hops: [
              {
                entityId: await entity('Han Dong'),
                role: 'origin',
                named: true,
                onRecord: true,
                access: 'direct',
              },
            ],
          },
        })
      ).json(),
    )
    expect(chained.sourcing.computedGrade).toBe('S1')
    const [stored] = await t.db.handle.db
      .select()
      .from(sourcingAssessments)
      .where(eq(sourcingAssessments.claimId, created.id))
    expect(stored?.computedGrade).toBe('S1')
  })

  it('lets an editor rate origin sources and override the grade only with a reason', async () => {
    const all = await t.db.handle.db.select().from(claims)
    const allegation = all.find((c) => c.anchorExact.startsWith('Dong told a senior'))
    const id = allegation?.id ?? ''
    const before = await getClaim(id)
    const put = (who: LoggedIn, payload: object) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/claims/${id}/assessment`, headers: who.headers, payload })

    // The allegation is published: its sourcing is locked like the rest of it.
    expect((await put(editor, { version: before.version, informationCredibility: '3' })).statusCode).toBe(409)

    // On a claim under review, the editor assesses freely.
    const inReview = all.find((c) => c.status === 'in_review')
    const review = await getClaim(inReview?.id ?? '')
    const origin = review.chains[0]?.hops[0]?.entity.id ?? ''
    const putReview = (who: LoggedIn, payload: object) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/claims/${review.id}/assessment`,
        headers: who.headers,
        payload,
      })
    expect(
      (await putReview(checker, { version: review.version, informationCredibility: '2' })).statusCode,
    ).toBe(403)
    const notOrigin = await putReview(editor, {
      version: review.version,
      sourceReliability: [{ entityId: await entity('Han Dong'), reliability: 'B' }],
    })
    expect(notOrigin.statusCode).toBe(400)
    expect(ErrorSchema.parse(notOrigin.json()).message).toMatch(/^sourceReliability\.0\.entityId/)
    const noReason = await putReview(editor, { version: review.version, overrideGrade: 'S4' })
    expect(noReason.statusCode).toBe(400)
    expect(ErrorSchema.parse(noReason.json()).message).toMatch(
      /^body\.overrideReason: an override needs a reason/,
    )

    const ok = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/claims/${review.id}/assessment`,
      headers: editor.headers,
      payload: {
        version: review.version,
        informationCredibility: '4',
        sourceReliability: [{ entityId: origin, reliability: 'C' }],
        overrideGrade: 'S4',
        overrideReason: 'Global News named its documents in a later story',
      },
    })
    expect(ok.statusCode).toBe(200)
    const assessed = ClaimDetailSchema.parse(ok.json())
    expect(assessed.sourcingGrade).toBe('S4')
    expect(assessed.assessment).toMatchObject({
      informationCredibility: '4',
      overrideGrade: 'S4',
      overrideReason: 'Global News named its documents in a later story',
      sourceReliability: [{ reliability: 'C' }],
    })
    const [event] = await t.db.handle.db
      .select({ n: count() })
      .from(events)
      .where(
        and(
          eq(events.claimId, review.id),
          eq(events.action, 'claim.sourcing_assessed'),
          eq(events.actorId, editor.user.id),
        ),
      )
    expect(event?.n).toBe(1)
  })

  it('keeps the checker’s proposed verdict beside the editor’s decision', async () => {
    const quote = 'Dong received the applause'
    const start = text.indexOf(quote)
    const rating = async (label: string) =>
      (await t.db.handle.db.select().from(ratings).where(eq(ratings.label, label)))[0]?.id ?? ''
    const send = async (who: LoggedIn, method: 'POST' | 'PATCH', url: string, payload: object) => {
      const res = await t.app.inject({ method, url: `/api/v1${url}`, headers: who.headers, payload })
      expect(res.statusCode, res.body).toBeLessThan(300)
      return ClaimDetailSchema.parse(res.json())
    }
    let claim = await send(checker, 'POST', `/articles/${articleId}/claims`, {
      start,
      end: start + quote.length,
      statement: 'Dong was applauded by Liberal MPs.',
      headline: 'Dong applauded by Liberal MPs',
      kind: 'statement_of_fact',
    })
    expect(claim.proposal).toBeNull()
    claim = await send(checker, 'PATCH', `/claims/${claim.id}`, {
      version: claim.version,
      verdictRatingId: await rating('Accurate'),
      rationale: 'Video of the caucus shows it.',
    })
    expect(claim.proposal).toMatchObject({
      verdict: { label: 'Accurate' },
      rationale: 'Video of the caucus shows it.',
      proposedBy: { displayName: expect.any(String) },
    })
    // Until an editor decides, the proposal stands as the verdict.
    expect(claim.verdict?.label).toBe('Accurate')
    claim = await send(checker, 'POST', `/claims/${claim.id}/submit`, { version: claim.version })

    const queue = await t.app.inject({ method: 'GET', url: '/api/v1/review/queue', headers: editor.headers })
    const queued = (queue.json() as { items: { id: string; verdict: { label: string } | null }[] }).items
    expect(queued.find((i) => i.id === claim.id)?.verdict?.label).toBe('Accurate')

    claim = await send(editor, 'PATCH', `/claims/${claim.id}`, {
      version: claim.version,
      verdictRatingId: await rating('Mostly accurate'),
      rationale: 'Only some MPs applauded.',
    })
    expect(claim.verdict?.label).toBe('Mostly accurate')
    expect(claim.rationale).toBe('Only some MPs applauded.')
    expect(claim.proposal).toMatchObject({
      verdict: { label: 'Accurate' },
      rationale: 'Video of the caucus shows it.',
    })
    const [row] = await t.db.handle.db.select().from(claims).where(eq(claims.id, claim.id))
    expect(row?.proposedRationale).toBe('Video of the caucus shows it.')
    const updates = await t.db.handle.db
      .select()
      .from(events)
      .where(and(eq(events.claimId, claim.id), eq(events.action, 'claim.updated')))
    expect(updates).toHaveLength(2)
  })

  it('tells the editor what changed since they last acted, with names, computed by the server', async () => {
    const quote = 'Dong received the applause'
    const start = text.indexOf(quote)
    const send = async (who: LoggedIn, method: 'POST' | 'PATCH', url: string, payload: object) => {
      const res = await t.app.inject({ method, url: `/api/v1${url}`, headers: who.headers, payload })
      expect(res.statusCode, res.body).toBeLessThan(300)
      return ClaimDetailSchema.parse(res.json())
    }
    const changesSince = async (id: string, who: LoggedIn) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/claims/${id}/changes-since`,
        headers: who.headers,
      })
      expect(res.statusCode, res.body).toBe(200)
      return ChangesSinceSchema.parse(res.json())
    }
    let claim = await send(checker, 'POST', `/articles/${articleId}/claims`, {
      start,
      end: start + quote.length,
      statement: 'Dong was applauded.',
      headline: 'Dong applauded',
      kind: 'statement_of_fact',
    })
    claim = await send(checker, 'POST', `/claims/${claim.id}/submit`, { version: claim.version })
    expect((await changesSince(claim.id, editor)).lastSeen).toBeNull()
    claim = await send(editor, 'POST', `/claims/${claim.id}/request-changes`, {
      version: claim.version,
      comment: 'Who applauded?',
    })
    const dong = await entity('Han Dong')
    claim = await send(checker, 'PATCH', `/claims/${claim.id}`, {
      version: claim.version,
      headline: 'Dong applauded by Liberal MPs',
      claimantId: dong,
    })
    claim = await send(checker, 'POST', `/claims/${claim.id}/evidence`, {
      relation: 'supports',
      title: 'Video of the caucus',
    })
    claim = await send(checker, 'POST', `/claims/${claim.id}/resubmit`, { version: claim.version })

    const diff = await changesSince(claim.id, editor)
    expect(diff.lastSeen?.action).toBe('claim.request_changes')
    expect(diff.fields).toEqual(
      expect.arrayContaining([
        {
          field: 'headline',
          label: 'Headline',
          before: 'Dong applauded',
          after: 'Dong applauded by Liberal MPs',
        },
        { field: 'claimantId', label: 'Claimant', before: '—', after: 'Han Dong' },
      ]),
    )
    expect(diff.added).toMatchObject([
      { kind: 'evidence', summary: 'Evidence: Video of the caucus (supports)' },
    ])
    expect(diff.steps.map((s) => s.action)).toEqual(['resubmit'])
    // For the checker, whose last act was the resubmission, nothing has changed since.
    const own = await changesSince(claim.id, checker)
    expect(own.lastSeen?.action).toBe('claim.resubmit')
    expect([...own.fields, ...own.added, ...own.steps]).toEqual([])
  })

  it('refuses to publish while a denial is not addressed in the rationale', async () => {
    const quote = 'he assured MPs that he had done “nothing to cause any harm”'
    const start = text.indexOf(quote)
    const dong = await entity('Han Dong')
    let claim = ClaimDetailSchema.parse(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/articles/${articleId}/claims`,
          headers: checker.headers,
          payload: {
            start,
            end: start + quote.length,
            statement: 'Dong harmed the two Michaels.',
            headline: 'Dong harmed the two Michaels',
            kind: 'allegation',
          },
        })
      ).json(),
    )
    const step = async (who: LoggedIn, method: 'POST' | 'PATCH', url: string, payload: object) => {
      const res = await t.app.inject({
        method,
        url,
        headers: who.headers,
        payload: { version: claim.version, ...payload },
      })
      if (res.statusCode === 200 || res.statusCode === 201) claim = ClaimDetailSchema.parse(res.json())
      return res
    }
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claim.id}/responses`,
      headers: checker.headers,
      payload: { entityId: dong, stance: 'denies', words: 'nothing to cause any harm' },
    })
    claim = await getClaim(claim.id)
    await step(checker, 'POST', `/api/v1/claims/${claim.id}/submit`, {})
    await step(editor, 'POST', `/api/v1/claims/${claim.id}/approve`, {})
    const [unsubstantiated] = await t.db.handle.db
      .select()
      .from(ratings)
      .where(eq(ratings.label, 'Unsubstantiated'))
    await step(editor, 'PATCH', `/api/v1/claims/${claim.id}`, {
      verdictRatingId: unsubstantiated?.id,
      rationale: 'No evidence has been published.',
    })
    const blocked = await step(editor, 'POST', `/api/v1/claims/${claim.id}/publish`, {})
    expect(blocked.statusCode).toBe(422)
    expect(ErrorSchema.parse(blocked.json()).message).toBe(
      "Cannot publish yet: the rationale does not address Han Dong's denial",
    )
    await step(editor, 'PATCH', `/api/v1/claims/${claim.id}`, {
      rationale: 'No evidence has been published, and Dong denies it on the record.',
    })
    const published = await step(editor, 'POST', `/api/v1/claims/${claim.id}/publish`, {})
    expect(published.statusCode).toBe(200)
    expect(claim.status).toBe('published')
  })

  it('gives editors a dashboard that matches the data', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: { cookie: checker.cookie } }))
        .statusCode,
    ).toBe(403)
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/dashboard',
      headers: { cookie: editor.cookie },
    })
    expect(res.statusCode).toBe(200)
    const dashboard = DashboardSchema.parse(res.json())
    const all = await t.db.handle.db.select().from(claims)
    expect(Object.values(dashboard.byStatus).reduce((a, b) => a + b, 0)).toBe(all.length)
    expect(dashboard.byStatus.draft).toBe(all.filter((c) => c.status === 'draft').length)
    expect(Object.values(dashboard.byGrade).reduce((a, b) => a + b, 0)).toBe(all.length)
    expect(dashboard.overdueReplyRequests.map((r) => r.entityName)).toContain('Vincent Ke')
    expect(dashboard.submitToPublish.published).toBeGreaterThanOrEqual(5)
    expect(dashboard.submitToPublish.medianHours).not.toBeNull()
  })
})
