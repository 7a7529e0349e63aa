import {
  ArticleDetailSchema,
  ClaimDetailSchema,
  ClaimHistorySchema,
  ClaimListSchema,
  ErrorSchema,
} from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { and, count, eq, notLike, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { type LoggedIn, login } from './session.ts'

const { articles, articleVersions, claims, entities, events, ratings } = schema

describe.each(await testDatabases())('claims API on $driver', (testDb) => {
  let t: TestApp
  let checker: LoggedIn
  let editor: LoggedIn
  let articleId: string
  let text: string
  let dongId: string
  let globalNewsId: string
  let sourcesId: string

  beforeAll(async () => {
    t = await createTestApp(testDb)
    checker = await login(t.app, 'checker@example.com')
    editor = await login(t.app, 'editor@example.com')
    const db = t.db.handle.db
    const [article] = await db.select().from(articles)
    const [version] = await db.select().from(articleVersions)
    articleId = article?.id ?? ''
    text = version?.body ?? ''
    const byName = async (name: string) =>
      (await db.select().from(entities).where(eq(entities.name, name)))[0]?.id ?? ''
    dongId = await byName('Han Dong')
    globalNewsId = await byName('Global News')
    sourcesId = await byName('Unnamed national security sources')
  })
  afterAll(async () => {
    await t?.close()
  })

  const eventsOf = async (claimId: string) =>
    (await t.db.handle.db.select().from(events).where(eq(events.claimId, claimId)).orderBy(events.id)).map(
      (e) => e.action,
    )

  async function createClaim(
    quote = 'he assured MPs that he had done “nothing to cause any harm” to the two Michaels',
    fields: Record<string, unknown> = {},
  ) {
    const start = text.indexOf(quote)
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/claims`,
      headers: checker.headers,
      payload: {
        start,
        end: start + quote.length,
        exact: quote,
        statement: 'Han Dong told MPs he had done nothing to harm Michael Kovrig and Michael Spavor.',
        headline: 'Dong says he did nothing to harm the two Michaels',
        kind: 'statement_of_fact',
        claimantId: dongId,
        subjectIds: [dongId],
        ...fields,
      },
    })
    expect(res.statusCode).toBe(201)
    return ClaimDetailSchema.parse(res.json())
  }

  describe('creating a claim from a text selection', () => {
    it('derives the W3C selectors on the server, starts a draft, and records the event', async () => {
      const claim = await createClaim()
      expect(claim).toMatchObject({ status: 'draft', version: 1, kind: 'statement_of_fact' })
      expect(claim.anchor.exact).toBe(
        'he assured MPs that he had done “nothing to cause any harm” to the two Michaels',
      )
      expect(text.slice(claim.anchor.start - claim.anchor.prefix.length, claim.anchor.start)).toBe(
        claim.anchor.prefix,
      )
      expect(claim.anchor.prefix.length).toBe(32)
      expect(text.slice(claim.anchor.end, claim.anchor.end + claim.anchor.suffix.length)).toBe(
        claim.anchor.suffix,
      )
      expect(claim.subjects.map((s) => s.name)).toEqual(['Han Dong'])
      expect(claim.allowedActions).toEqual(['submit'])
      expect(await eventsOf(claim.id)).toEqual(['claim.created'])
    })

    it('lists subjects by name and names the claimant, in the claim and on its article page', async () => {
      const created = await createClaim('Han Dong has thrown in the towel.', {
        claimantId: globalNewsId,
        // Given out of order: the views sort them by name.
        subjectIds: [sourcesId, dongId, globalNewsId],
      })
      const names = ['Global News', 'Han Dong', 'Unnamed national security sources']
      expect(created.subjects.map((s) => s.name)).toEqual(names)

      const page = await t.app.inject({ url: `/api/v1/articles/${articleId}`, headers: checker.headers })
      expect(page.statusCode).toBe(200)
      const listed = ArticleDetailSchema.parse(page.json()).claims.find((c) => c.id === created.id)
      expect(listed?.subjects.map((s) => s.name)).toEqual(names)
      expect(listed?.subjects.map((s) => s.id)).toEqual([globalNewsId, dongId, sourcesId])
      expect(created.claimant?.name).toBe('Global News')
      expect(listed?.claimant?.name).toBe('Global News')
    })

    it.each([
      ['offsets past the end of the text', () => ({ start: 10, end: text.length + 5 }), /^end: /],
      ['an empty selection', () => ({ start: 10, end: 10 }), /^start: /],
      [
        'a selection that does not match the text',
        () => ({ start: 0, end: 7, exact: 'Chinook' }),
        /^exact: /,
      ],
      ['an unknown field', () => ({ start: 0, end: 7, colour: 'red' }), /^body/],
    ])('refuses %s with a 400 naming the field, writing nothing', async (_what, selection, message) => {
      const before = await t.db.handle.db.select({ n: count() }).from(claims)
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/articles/${articleId}/claims`,
        headers: checker.headers,
        payload: { statement: 'x', headline: 'x', kind: 'allegation', ...selection() },
      })
      expect(res.statusCode).toBe(400)
      expect(ErrorSchema.parse(res.json()).message).toMatch(message)
      const after = await t.db.handle.db.select({ n: count() }).from(claims)
      expect(after).toEqual(before)
    })

    it('refuses an unknown subject without a partial write, and an unknown article with 404', async () => {
      const before = await t.db.handle.db.select({ n: count() }).from(claims)
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/articles/${articleId}/claims`,
        headers: checker.headers,
        payload: {
          start: 0,
          end: 7,
          statement: 'x',
          headline: 'x',
          kind: 'allegation',
          subjectIds: [dongId, '00000000-0000-4000-8000-000000000000'],
        },
      })
      expect(res.statusCode).toBe(400)
      expect(ErrorSchema.parse(res.json()).message).toMatch(/^subjectIds: unknown entity/)
      expect(await t.db.handle.db.select({ n: count() }).from(claims)).toEqual(before)
      const missing = await t.app.inject({
        method: 'POST',
        url: '/api/v1/articles/00000000-0000-4000-8000-000000000000/claims',
        headers: checker.headers,
        payload: { start: 0, end: 7, statement: 'x', headline: 'x', kind: 'allegation' },
      })
      expect(missing.statusCode).toBe(404)
    })
  })

  describe('editing with versions', () => {
    it('updates with If-Match, refuses a stale or missing version, and keeps history', async () => {
      const claim = await createClaim()
      const etag = `"claim-${claim.id}-v1"`
      const ok = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/claims/${claim.id}`,
        headers: { ...checker.headers, 'if-match': etag },
        payload: { hedges: ['assured'], subjectIds: [dongId, globalNewsId] },
      })
      expect(ok.statusCode).toBe(200)
      expect(ok.headers.etag).toBe(`"claim-${claim.id}-v2"`)
      expect(ClaimDetailSchema.parse(ok.json())).toMatchObject({ version: 2, hedges: ['assured'] })

      const stale = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/claims/${claim.id}`,
        headers: { ...checker.headers, 'if-match': etag },
        payload: { headline: 'Lost update' },
      })
      expect(stale.statusCode).toBe(409)
      const conflict = ErrorSchema.parse(stale.json())
      expect(conflict.message).toMatch(/current version is 2/)
      expect(conflict.details).toMatchObject({ current: { version: 2, headline: claim.headline } })
      // The current claim comes in the same shape as every claim answer, for the conflict screen.
      expect(
        ClaimDetailSchema.parse((conflict.details as { current: unknown }).current).subjects,
      ).toHaveLength(2)

      const missing = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/claims/${claim.id}`,
        headers: checker.headers,
        payload: { headline: 'No version' },
      })
      expect(missing.statusCode).toBe(428)

      const history = ClaimHistorySchema.parse(
        (
          await t.app.inject({
            method: 'GET',
            url: `/api/v1/claims/${claim.id}/history`,
            headers: checker.headers,
          })
        ).json(),
      )
      expect(history.items.map((e) => e.action)).toEqual(['claim.created', 'claim.updated'])
      expect(history.items[1]).toMatchObject({
        actorName: 'Chris Checker',
        before: { subjectIds: [dongId] },
        after: { subjectIds: [dongId, globalNewsId].sort(), hedges: ['assured'] },
      })
    })

    it('lets exactly one of 20 simultaneous writers with the same version win', async () => {
      const claim = await createClaim()
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          t.app.inject({
            method: 'PATCH',
            url: `/api/v1/claims/${claim.id}`,
            headers: checker.headers,
            payload: { version: 1, headline: `Writer ${i}` },
          }),
        ),
      )
      const statuses = results.map((r) => r.statusCode).sort()
      expect(statuses.filter((s) => s === 200)).toHaveLength(1)
      expect(statuses.filter((s) => s === 409)).toHaveLength(19)
      const [row] = await t.db.handle.db.select().from(claims).where(eq(claims.id, claim.id))
      const winner = ClaimDetailSchema.parse(results.find((r) => r.statusCode === 200)?.json())
      expect(row).toMatchObject({ version: 2, headline: winner.headline })
      expect((await eventsOf(claim.id)).filter((a) => a === 'claim.updated')).toHaveLength(1)
    })
  })

  describe('work queues', () => {
    it('pages newest change first without skipping claims changed in the same millisecond', async () => {
      const ids = [(await createClaim()).id, (await createClaim()).id, (await createClaim()).id]
      // Three changes a microsecond apart: a cursor rounded to milliseconds would skip two of them.
      for (const [i, id] of ids.entries()) {
        await t.db.handle.db
          .update(claims)
          .set({
            updatedAt: sql`'2031-05-01T10:00:00.123456Z'::timestamptz - ${i} * interval '1 microsecond'`,
          })
          .where(eq(claims.id, id))
      }
      const seen: string[] = []
      let cursor: string | null = null
      do {
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/v1/claims?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          headers: checker.headers,
        })
        expect(res.statusCode).toBe(200)
        const page = ClaimListSchema.parse(res.json())
        seen.push(...page.items.map((c) => c.id))
        cursor = page.nextCursor
      } while (cursor)
      expect(seen.slice(0, 3)).toEqual(ids)
      expect(new Set(seen).size).toBe(seen.length)
      const [{ n } = { n: 0 }] = await t.db.handle.db.select({ n: count() }).from(claims)
      expect(seen).toHaveLength(n)
    })

    it('refuses a cursor it did not issue, naming it', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/claims?cursor=WyIyMDI2LTAxLTAxIiwieCJd',
        headers: checker.headers,
      })
      expect(res.statusCode).toBe(400)
      expect(ErrorSchema.parse(res.json()).message).toMatch(/cursor/)
    })
  })

  describe('re-anchoring by hand and notes', () => {
    it('places a claim on a new selection, and keeps desk notes', async () => {
      const claim = await createClaim()
      const quote = 'worked hard to defend their interests'
      const start = text.indexOf(quote)
      const moved = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/anchor`,
        headers: checker.headers,
        payload: { version: claim.version, start, end: start + quote.length, exact: quote },
      })
      expect(moved.statusCode).toBe(200)
      expect(ClaimDetailSchema.parse(moved.json()).anchor).toMatchObject({
        start,
        exact: quote,
        orphaned: false,
      })
      const wrong = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/anchor`,
        headers: checker.headers,
        payload: { version: claim.version + 1, start, end: start + 5, exact: 'nope!' },
      })
      expect(wrong.statusCode).toBe(400)
      const note = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/notes`,
        headers: checker.headers,
        payload: { body: 'Ask Hansard for the full transcript' },
      })
      expect(note.statusCode).toBe(201)
      expect(ClaimDetailSchema.parse(note.json()).notes.map((n) => n.body)).toEqual([
        'Ask Hansard for the full transcript',
      ])
      const blank = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/notes`,
        headers: checker.headers,
        payload: { body: '   ' },
      })
      expect(blank.statusCode).toBe(400)
      // PostgreSQL text cannot hold NUL: refused as bad input naming the field, nothing written.
      const nul = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/notes`,
        headers: checker.headers,
        payload: { body: 'before\u0000after' },
      })
      expect(nul.statusCode).toBe(400)
      expect(ErrorSchema.parse(nul.json())).toMatchObject({
        code: 'VALIDATION',
        message: expect.stringMatching(/^body\.body: must not contain NUL/),
      })
      expect(await eventsOf(claim.id)).toEqual(['claim.created', 'claim.reanchored', 'claim.note_added'])
    })
  })

  describe('workflow', () => {
    it('goes draft → in review → approved → published, enforcing roles and readiness', async () => {
      const claim = await createClaim()
      const act = (who: LoggedIn, action: string, version: number, payload: object = {}) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/claims/${claim.id}/${action}`,
          headers: who.headers,
          payload: { version, ...payload },
        })

      const early = await act(editor, 'publish', 1)
      expect(early.statusCode).toBe(409)
      expect(ErrorSchema.parse(early.json())).toMatchObject({
        message: 'Cannot publish a claim that is draft; allowed now: submit',
        details: { status: 'draft', allowedActions: ['submit'] },
      })

      expect((await act(checker, 'submit', 1)).statusCode).toBe(200)
      expect((await act(checker, 'approve', 2)).statusCode).toBe(403)
      const noComment = await act(editor, 'request-changes', 2)
      expect(noComment.statusCode).toBe(400)
      expect((await act(editor, 'approve', 2)).statusCode).toBe(200)

      const blocked = await act(editor, 'publish', 3)
      expect(blocked.statusCode).toBe(422)
      expect(ErrorSchema.parse(blocked.json()).message).toBe(
        'Cannot publish yet: it has no verdict; it has no rationale',
      )

      const [accurate] = await t.db.handle.db.select().from(ratings).where(eq(ratings.label, 'Accurate'))
      const verdict = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/claims/${claim.id}`,
        headers: editor.headers,
        payload: { version: 3, verdictRatingId: accurate?.id, rationale: 'Hansard records his words.' },
      })
      expect(verdict.statusCode).toBe(200)
      const published = await act(editor, 'publish', 4)
      expect(published.statusCode).toBe(200)
      expect(ClaimDetailSchema.parse(published.json())).toMatchObject({ status: 'published', version: 5 })

      // Published: never edited in place.
      const edit = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/claims/${claim.id}`,
        headers: editor.headers,
        payload: { version: 5, headline: 'Changed quietly' },
      })
      expect(edit.statusCode).toBe(409)
      expect(ErrorSchema.parse(edit.json()).message).toMatch(/issue a correction/)

      const corrected = await act(editor, 'correct', 5, {
        whatChanged: 'Headline names both Michaels',
        reason: 'Reader feedback',
        changes: { headline: 'Dong says he did nothing to harm Kovrig and Spavor' },
      })
      expect(corrected.statusCode).toBe(200)
      const afterCorrection = ClaimDetailSchema.parse(corrected.json())
      expect(afterCorrection).toMatchObject({
        status: 'corrected',
        headline: 'Dong says he did nothing to harm Kovrig and Spavor',
      })
      expect(afterCorrection.corrections).toMatchObject([{ kind: 'correction', reason: 'Reader feedback' }])

      const retracted = await act(editor, 'retract', 6, { reason: 'The quote was misattributed' })
      expect(ClaimDetailSchema.parse(retracted.json())).toMatchObject({
        status: 'retracted',
        allowedActions: [],
      })
      expect(await eventsOf(claim.id)).toEqual([
        'claim.created',
        'claim.submit',
        'claim.approve',
        'claim.updated',
        'claim.publish',
        'claim.correct',
        'claim.retract',
      ])
    })

    it('sends a claim back with a comment the checker sees, then accepts the resubmission', async () => {
      const claim = await createClaim()
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/submit`,
        headers: checker.headers,
        payload: { version: 1 },
      })
      const sent = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/request-changes`,
        headers: editor.headers,
        payload: { version: 2, comment: 'Anchor the House quote too' },
      })
      expect(ClaimDetailSchema.parse(sent.json())).toMatchObject({
        status: 'changes_requested',
        notes: [{ body: 'Anchor the House quote too' }],
      })
      const queue = ClaimListSchema.parse(
        (
          await t.app.inject({
            method: 'GET',
            url: '/api/v1/claims?status=changes_requested&assignee=me',
            headers: checker.headers,
          })
        ).json(),
      )
      expect(queue.items.map((c) => c.id)).toContain(claim.id)
      const again = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/resubmit`,
        headers: checker.headers,
        payload: { version: 3 },
      })
      expect(ClaimDetailSchema.parse(again.json()).status).toBe('in_review')
    })
  })

  describe('attribution chains, responses, reply requests and evidence', () => {
    it('builds a relayed chain with anchored cue words, and validates it', async () => {
      const claim = await createClaim(
        'Dong told a senior Chinese diplomat in February 2021 that China would have to delay the release of Michael Kovrig and Michael Spavor',
      )
      const citing = text.indexOf('Citing')
      const reported = text.indexOf('reported', citing)
      const chain = {
        hops: [
          {
            entityId: sourcesId,
            role: 'origin',
            named: false,
            onRecord: false,
            access: 'unknown',
            cue: 'Citing',
            cueStart: citing,
            cueEnd: citing + 6,
          },
          {
            entityId: globalNewsId,
            role: 'relay',
            named: true,
            onRecord: true,
            access: 'second_hand',
            cue: 'reported',
            cueStart: reported,
            cueEnd: reported + 8,
          },
        ],
      }
      const added = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/chains`,
        headers: checker.headers,
        payload: chain,
      })
      expect(added.statusCode).toBe(201)
      const withChain = ClaimDetailSchema.parse(added.json())
      expect(withChain.chains[0]?.hops.map((h) => [h.entity.name, h.cue])).toEqual([
        ['Unnamed national security sources', 'Citing'],
        ['Global News', 'reported'],
      ])
      expect(withChain.version).toBe(2)

      const wrongCue = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/chains`,
        headers: checker.headers,
        payload: { hops: [{ ...chain.hops[0], cueStart: citing + 1, cueEnd: citing + 7 }] },
      })
      expect(wrongCue.statusCode).toBe(400)
      expect(ErrorSchema.parse(wrongCue.json()).message).toMatch(/^hops\.0\.cueStart: the text at/)
      const noOrigin = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/chains`,
        headers: checker.headers,
        payload: { hops: [chain.hops[1]] },
      })
      expect(noOrigin.statusCode).toBe(400)

      const chainId = withChain.chains[0]?.id ?? ''
      const stale = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/chains/${chainId}`,
        headers: checker.headers,
        payload: { version: 7, ...chain },
      })
      expect(stale.statusCode).toBe(409)
      // Saving the chain as it stands changes nothing: no new version, no event.
      const unchanged = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/chains/${chainId}`,
        headers: checker.headers,
        payload: { version: 1, ...chain },
      })
      expect(unchanged.statusCode).toBe(200)
      const same = ClaimDetailSchema.parse(unchanged.json())
      expect(same.version).toBe(withChain.version)
      expect(same.chains[0]?.version).toBe(1)
      const second = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/chains`,
        headers: checker.headers,
        payload: {
          hops: [{ entityId: dongId, role: 'origin', named: true, onRecord: true, access: 'direct' }],
        },
      })
      const two = ClaimDetailSchema.parse(second.json())
      const order = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/claims/${claim.id}/chains/order`,
        headers: checker.headers,
        payload: { version: two.version, chainIds: [...two.chains.map((c) => c.id)].reverse() },
      })
      expect(order.json()).toMatchObject({ version: two.version + 1 })
      expect(ClaimDetailSchema.parse(order.json()).chains[0]?.hops[0]?.entity.name).toBe('Han Dong')
      const reordered = ClaimDetailSchema.parse(order.json()).chains.find((c) => c.id === chainId)
      const removed = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/chains/${chainId}?version=${reordered?.version}`,
        headers: checker.headers,
      })
      expect(removed.statusCode).toBe(200)
      expect(ClaimDetailSchema.parse(removed.json()).chains).toHaveLength(1)
      expect(await eventsOf(claim.id)).toEqual([
        'claim.created',
        'claim.chain_added',
        'claim.chain_added',
        'claim.chains_reordered',
        'claim.chain_removed',
      ])
    })

    it('records responses with the words anchored, reply requests and evidence', async () => {
      const claim = await createClaim()
      const words = 'denied allegations that he pushed to delay their release'
      const start = text.indexOf(words)
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/responses`,
        headers: checker.headers,
        payload: {
          entityId: dongId,
          stance: 'denies',
          words,
          start,
          end: start + words.length,
          addressesPart: 'the urging',
        },
      })
      expect(res.statusCode).toBe(201)
      const response = ClaimDetailSchema.parse(res.json()).responses[0]
      expect(response).toMatchObject({ stance: 'denies', start, end: start + words.length })

      const requested = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/reply-requests`,
        headers: checker.headers,
        payload: {
          entityId: dongId,
          channel: 'email',
          requestedAt: '2023-03-20T09:00:00Z',
          deadline: '2023-03-21T17:00:00Z',
        },
      })
      const request = ClaimDetailSchema.parse(requested.json()).replyRequests[0]
      expect(request).toMatchObject({ channel: 'email', overdue: true, responseId: null })
      const linked = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/reply-requests/${request?.id}`,
        headers: checker.headers,
        payload: {
          version: 1,
          entityId: dongId,
          channel: 'email',
          requestedAt: '2023-03-20T09:00:00Z',
          deadline: '2023-03-21T17:00:00Z',
          responseId: response?.id,
        },
      })
      expect(ClaimDetailSchema.parse(linked.json()).replyRequests[0]).toMatchObject({
        overdue: false,
        version: 2,
      })
      const backwards = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/reply-requests`,
        headers: checker.headers,
        payload: {
          entityId: dongId,
          channel: 'email',
          requestedAt: '2023-03-20T09:00:00Z',
          deadline: '2023-03-19T09:00:00Z',
        },
      })
      expect(ErrorSchema.parse(backwards.json()).message).toMatch(/^body\.deadline/)

      const badUrl = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/evidence`,
        headers: checker.headers,
        payload: { relation: 'supports', title: 'Hansard', url: 'javascript:alert(1)' },
      })
      expect(badUrl.statusCode).toBe(400)
      const ev = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/evidence`,
        headers: checker.headers,
        payload: { relation: 'supports', title: 'Hansard, 22 March 2023', url: 'https://www.ourcommons.ca/' },
      })
      const evidence = ClaimDetailSchema.parse(ev.json()).evidence[0]
      expect(evidence).toMatchObject({ relation: 'supports', title: 'Hansard, 22 March 2023' })
      const gone = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/evidence/${evidence?.id}`,
        headers: { ...checker.headers, 'if-match': `"evidence-${evidence?.id}-v1"` },
      })
      expect(ClaimDetailSchema.parse(gone.json()).evidence).toEqual([])
      const unknown = await t.app.inject({
        method: 'DELETE',
        url: '/api/v1/responses/00000000-0000-4000-8000-000000000000?version=1',
        headers: checker.headers,
      })
      expect(unknown.statusCode).toBe(404)
      // The evidence's capture is a background job (ADR 020): its own event lands whenever the
      // fetch ends, so only the checker's writes are counted here.
      const byChecker = (action: string) => !action.startsWith('evidence.capture')
      expect((await eventsOf(claim.id)).filter(byChecker)).toEqual([
        'claim.created',
        'claim.response_added',
        'claim.reply_request_added',
        'claim.reply_request_updated',
        'claim.evidence_added',
        'claim.evidence_removed',
      ])
      const rows = await t.db.handle.db
        .select({ n: count() })
        .from(events)
        .where(
          and(
            eq(events.claimId, claim.id),
            eq(events.actorId, checker.user.id),
            notLike(events.action, 'evidence.capture%'),
          ),
        )
      expect(rows[0]?.n).toBe(6)
    })

    it('removing the response a reply request points to re-opens the request visibly: new version, its own event', async () => {
      const claim = await createClaim()
      const added = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/responses`,
        headers: checker.headers,
        payload: { entityId: dongId, stance: 'denies', words: 'No comment on the substance.' },
      })
      const response = ClaimDetailSchema.parse(added.json()).responses[0]
      const requested = await t.app.inject({
        method: 'POST',
        url: `/api/v1/claims/${claim.id}/reply-requests`,
        headers: checker.headers,
        payload: {
          entityId: dongId,
          channel: 'email',
          requestedAt: '2023-03-20T09:00:00Z',
          deadline: '2023-03-21T17:00:00Z',
          responseId: response?.id,
        },
      })
      const request = ClaimDetailSchema.parse(requested.json()).replyRequests[0]
      expect(request).toMatchObject({ responseId: response?.id, overdue: false, version: 1 })

      const removed = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/responses/${response?.id}`,
        headers: { ...checker.headers, 'if-match': `"response-${response?.id}-v1"` },
      })
      expect(removed.statusCode).toBe(200)
      expect(ClaimDetailSchema.parse(removed.json()).replyRequests[0]).toMatchObject({
        id: request?.id,
        responseId: null,
        overdue: true,
        version: 2,
      })
      expect((await eventsOf(claim.id)).slice(-2)).toEqual([
        'claim.reply_request_updated',
        'claim.response_removed',
      ])
      // A desk member holding the request as it was cannot write over the change.
      const stale = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/reply-requests/${request?.id}`,
        headers: checker.headers,
        payload: {
          version: 1,
          entityId: dongId,
          channel: 'email',
          requestedAt: '2023-03-20T09:00:00Z',
          deadline: '2023-03-21T17:00:00Z',
        },
      })
      expect(stale.statusCode).toBe(409)
    })
  })
})
