import {
  ArticleChangeFlagListSchema,
  ArticleChangeFlagSchema,
  type ClaimDetail,
  EntitySchema,
  ErrorSchema,
  PublicClaimDetailSchema,
  WebAnnotationSchema,
} from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { and, asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { act, createArticle, type Desk, publishClaim } from './ledger-fixtures.ts'
import { login } from './session.ts'

// "Published means frozen" (design.md, Workflow; ADR 019): what readers see
// of a published claim changes only through an editor's correction, and a new text of its article
// gives editors a flag instead.

const { events } = schema

const P1 = 'Mayor Alda Reyes announced on Monday that the city would close three libraries.'
const P2 = 'The council said the closures would save 4 million dollars a year, according to a budget memo.'
const P3 = 'Unions said the memo counted the same savings twice.'
const P4 = 'The weather was mild for the season.'
const TEXT = [P1, P2, P3, P4].join('\n\n')
// The new text a checker imports: P2's passage edited around the quote, P3 gone, P1 untouched.
const NEW_TEXT = [
  P1,
  'The council said the closures would save 4 million dollars a year, according to a revised budget memo released on Friday.',
  P4,
].join('\n\n')

describe.each(await testDatabases())('published records on $driver', (testDb) => {
  let t: TestApp
  let desk: Desk
  let articleId: string
  let claimantId: string
  let subjectId: string
  let outletId: string
  let unchanged: ClaimDetail
  let changed: ClaimDetail
  let gone: ClaimDetail
  let retracted: ClaimDetail

  const anonymous = (url: string) => t.app.inject({ method: 'GET', url })
  const as = (
    who: Desk['editor'],
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: Record<string, unknown>,
  ) => t.app.inject({ method, url, headers: who.headers, ...(payload === undefined ? {} : { payload }) })

  /** Every public route that shows these claims, as bytes and ETag. */
  async function publicSurface(): Promise<Record<string, { status: number; body: string; etag: unknown }>> {
    const urls = [
      '/api/v1/public/claims',
      '/api/v1/public/claims?q=libraries',
      '/api/v1/public/claims?q=memo',
      `/api/v1/public/claims?subject=${subjectId}`,
      '/api/v1/public/claims?verdict=Accurate',
      '/api/v1/public/claims.csv',
      '/api/v1/public/claimreview',
      `/api/v1/public/entities/${claimantId}`,
      `/api/v1/public/entities/${subjectId}`,
      '/ledger/feed.atom',
      `/api/v1/articles/${articleId}`,
      '/api/v1/articles',
      '/api/v1/articles?q=Courier',
      `/api/v1/public/entities/${outletId}`,
      ...[unchanged, changed, gone, retracted].flatMap((c) => [
        `/api/v1/public/claims/${c.id}`,
        `/api/v1/public/claims/${c.id}/claimreview`,
        `/api/v1/public/claims/${c.id}/annotation`,
      ]),
    ]
    const out: Record<string, { status: number; body: string; etag: unknown }> = {}
    for (const url of urls) {
      const res = await anonymous(url)
      // An error names its request; everything else must match byte for byte.
      const body = res.statusCode >= 400 ? res.body.replace(/"requestId":"[^"]*"/, '') : res.body
      out[url] = { status: res.statusCode, body, etag: res.headers.etag }
    }
    return out
  }

  async function openFlags() {
    const res = await as(desk.editor, 'GET', '/api/v1/review/article-changes')
    expect(res.statusCode, res.body).toBe(200)
    return ArticleChangeFlagListSchema.parse(res.json()).items.filter((f) => f.article.id === articleId)
  }

  async function publicClaim(id: string) {
    const res = await anonymous(`/api/v1/public/claims/${id}`)
    expect(res.statusCode, res.body).toBe(200)
    return PublicClaimDetailSchema.parse(res.json())
  }

  beforeAll(async () => {
    t = await createTestApp(testDb)
    desk = {
      t,
      checker: await login(t.app, 'checker@example.com'),
      editor: await login(t.app, 'editor@example.com'),
    }
    const entity = async (name: string, kind: string) => {
      const res = await as(desk.checker, 'POST', '/api/v1/entities', { name, kind })
      expect(res.statusCode, res.body).toBe(201)
      return EntitySchema.parse(res.json()).id
    }
    claimantId = await entity('Alda Reyes', 'person')
    subjectId = await entity('City Library Board', 'organisation')
    outletId = await entity('Reyes Courier', 'outlet')
    const article = await createArticle(desk, {
      title: 'City to close three libraries',
      text: TEXT,
      outlet: outletId,
    })
    articleId = article.id
    const common = {
      claimantId,
      subjectIds: [subjectId],
      verdict: 'Accurate',
      rationale: 'The memo says so.',
    }
    unchanged = await publishClaim(desk, article, {
      ...common,
      quote: 'the city would close three libraries',
      headline: 'The city will close three libraries',
      statement: 'The city of Reyes will close three of its libraries.',
    })
    changed = await publishClaim(desk, article, {
      ...common,
      quote: 'the closures would save 4 million dollars a year',
      headline: 'Closing the libraries saves 4 million dollars a year',
      statement: 'Closing three libraries saves the city 4 million dollars a year.',
    })
    gone = await publishClaim(desk, article, {
      ...common,
      quote: 'the memo counted the same savings twice',
      headline: 'The budget memo counted the savings twice',
      statement: 'The budget memo counted the same savings twice, unions said.',
    })
    retracted = await publishClaim(desk, article, {
      ...common,
      quote: 'The weather was mild for the season',
      headline: 'The weather was mild',
      statement: 'The weather was mild for the season.',
    })
    await act(desk, desk.editor, retracted.id, 'POST', '/retract', { reason: 'Not a checkable claim.' })
  }, 600_000)

  afterAll(async () => {
    await t?.close()
  })

  it('keeps every public route byte-identical through a new article text, a rename, a merge and other writes', async () => {
    const before = await publicSurface()
    expect(before[`/api/v1/public/claims/${changed.id}`]?.status).toBe(200)
    expect(JSON.parse(before['/api/v1/articles?q=Courier']?.body ?? '{}')).toMatchObject({
      items: [{ id: articleId, outlet: 'Reyes Courier', claimCount: 4 }],
    })

    // A checker imports a new text of the article…
    const imported = await as(desk.checker, 'POST', `/api/v1/articles/${articleId}/versions`, {
      source: { format: 'text', text: NEW_TEXT },
    })
    expect(imported.statusCode, imported.body).toBe(201)
    // …renames the claimant, the subject and the article's outlet…
    for (const [id, name] of [
      [claimantId, 'Alda Reyes-Moreno'],
      [subjectId, 'Reyes City Library Board'],
      [outletId, 'The Reyes Evening Courier'],
    ] as const) {
      const current = EntitySchema.parse((await as(desk.checker, 'GET', `/api/v1/entities/${id}`)).json())
      const renamed = await as(desk.checker, 'PATCH', `/api/v1/entities/${id}`, {
        version: current.version,
        name,
      })
      expect(renamed.statusCode, renamed.body).toBe(200)
    }
    // …and an editor merges the subject into another entity (not an act on the claims).
    const into = await as(desk.checker, 'POST', '/api/v1/entities', {
      name: 'Library Board',
      kind: 'organisation',
    })
    expect(into.statusCode, into.body).toBe(201)
    const subject = EntitySchema.parse((await as(desk.editor, 'GET', `/api/v1/entities/${subjectId}`)).json())
    const merged = await as(desk.editor, 'POST', `/api/v1/entities/${subjectId}/merge`, {
      intoId: EntitySchema.parse(into.json()).id,
      version: subject.version,
    })
    expect(merged.statusCode, merged.body).toBe(200)
    // A checker cannot edit the published claim itself either.
    const edit = await as(desk.checker, 'PATCH', `/api/v1/claims/${changed.id}`, {
      version: 99,
      headline: 'Checker words',
    })
    expect(edit.statusCode).toBeGreaterThanOrEqual(400)

    const after = await publicSurface()
    for (const [url, answer] of Object.entries(before)) {
      expect(after[url], url).toEqual(answer)
    }
    // The working rows did move: the quote was re-anchored into the new text.
    const working = await as(desk.editor, 'GET', `/api/v1/claims/${changed.id}`)
    expect((working.json() as ClaimDetail).anchor.articleVersionId).not.toBe(changed.anchor.articleVersionId)
  })

  it('flags each published claim for editors: quote unchanged, changed (with both passages) or gone', async () => {
    const flags = await openFlags()
    const byClaim = new Map(flags.map((f) => [f.claim.id, f]))
    expect(byClaim.get(unchanged.id)?.kind).toBe('unchanged')
    const c = byClaim.get(changed.id)
    expect(c?.kind).toBe('changed')
    expect(c?.before.text).toBe(P2)
    expect(c?.after?.text).toContain('a revised budget memo released on Friday')
    expect(c?.after?.quote).toBe('the closures would save 4 million dollars a year')
    expect(c?.fromVersion.number).toBe(1)
    expect(c?.toVersion.number).toBe(2)
    expect(byClaim.get(gone.id)).toMatchObject({ kind: 'gone', after: null, before: { text: P3 } })
    // A retracted review is not flagged: it no longer rates anything.
    expect(byClaim.has(retracted.id)).toBe(false)
    const [flagged] = await t.db.handle.db
      .select()
      .from(events)
      .where(and(eq(events.action, 'article_change.flagged'), eq(events.claimId, changed.id)))
    expect(flagged?.after).toMatchObject({ kind: 'changed', toVersionNumber: 2 })
    // For editors only.
    expect((await as(desk.checker, 'GET', '/api/v1/review/article-changes')).statusCode).toBe(403)
    expect((await anonymous('/api/v1/review/article-changes')).statusCode).toBe(401)
  })

  it('shows the editor’s correction, with the new quote and names, in the public changelog', async () => {
    await act(desk, desk.editor, changed.id, 'POST', '/correct', {
      whatChanged: 'The quote now cites the revised budget memo; the mayor’s name is updated.',
      reason: 'The article was edited after publication.',
    })
    const page = await publicClaim(changed.id)
    expect(page.status).toBe('corrected')
    expect(page.quote.versionNumber).toBe(2)
    expect(page.quote.after).toContain('a revised budget memo released on Friday')
    expect(page.claimant?.name).toBe('Alda Reyes-Moreno')
    expect(page.articleEdited).toBeNull()
    expect(page.changelog.at(-1)).toMatchObject({
      kind: 'corrected',
      whatChanged: 'The quote now cites the revised budget memo; the mayor’s name is updated.',
      reason: 'The article was edited after publication.',
    })
    // The claimant's page takes the name of the newest record that names it.
    const person = await anonymous(`/api/v1/public/entities/${claimantId}`)
    expect((person.json() as { entity: { name: string } }).entity.name).toBe('Alda Reyes-Moreno')
    // The other claims still show what was published.
    expect((await publicClaim(unchanged.id)).claimant?.name).toBe('Alda Reyes')
    // The correction settled the flag, and its event says so.
    const flags = await as(desk.editor, 'GET', `/api/v1/claims/${changed.id}/article-changes`)
    const [flag] = ArticleChangeFlagListSchema.parse(flags.json()).items
    expect(flag).toMatchObject({ resolution: 'corrected', resolvedBy: expect.any(String) })
    const [correctEvent] = await t.db.handle.db
      .select()
      .from(events)
      .where(and(eq(events.action, 'claim.correct'), eq(events.claimId, changed.id)))
    expect(correctEvent?.after).toMatchObject({ publicationRevision: 2, resolvedFlags: [flag?.id] })
  })

  it('dismisses a flag only with a note, audited, and tells readers when the editor chooses to', async () => {
    const flags = await openFlags()
    const quiet = flags.find((f) => f.claim.id === unchanged.id)
    const told = flags.find((f) => f.claim.id === gone.id)
    if (!quiet || !told) throw new Error('flags missing')
    const url = (id: string) => `/api/v1/article-changes/${id}/dismiss`

    const noNote = await as(desk.editor, 'POST', url(quiet.id), { version: quiet.version })
    expect(noNote.statusCode).toBe(400)
    expect(ErrorSchema.parse(noNote.json()).message).toMatch(/note/)
    const byChecker = await as(desk.checker, 'POST', url(quiet.id), { version: quiet.version, note: 'fine' })
    expect(byChecker.statusCode).toBe(403)

    const bytesBefore = (await anonymous(`/api/v1/public/claims/${unchanged.id}`)).body
    const dismissed = await as(desk.editor, 'POST', url(quiet.id), {
      version: quiet.version,
      note: 'Only another paragraph changed.',
    })
    expect(dismissed.statusCode, dismissed.body).toBe(200)
    expect(ArticleChangeFlagSchema.parse(dismissed.json())).toMatchObject({
      resolution: 'dismissed',
      resolutionNote: 'Only another paragraph changed.',
      resolvedBy: 'Eddie Editor',
    })
    expect((await anonymous(`/api/v1/public/claims/${unchanged.id}`)).body).toBe(bytesBefore)
    const again = await as(desk.editor, 'POST', url(quiet.id), { version: quiet.version + 1, note: 'again' })
    expect(again.statusCode).toBe(409)
    const stale = await as(desk.editor, 'POST', url(told.id), { version: told.version + 5, note: 'x' })
    expect(stale.statusCode).toBe(409)

    const toldRes = await as(desk.editor, 'POST', url(told.id), {
      version: told.version,
      note: 'The article dropped the unions’ objection; our check stands on the text we checked.',
      tellReaders: true,
    })
    expect(toldRes.statusCode, toldRes.body).toBe(200)
    const page = await publicClaim(gone.id)
    expect(page.articleEdited).toEqual({ at: told.toVersion.importedAt, versionNumber: 2 })
    // The quote is still the one that was checked.
    expect(page.quote.exact).toBe('the memo counted the same savings twice')
    expect(page.quote.versionNumber).toBe(1)

    const audit = await t.db.handle.db
      .select()
      .from(events)
      .where(eq(events.action, 'article_change.dismissed'))
      .orderBy(asc(events.id))
    expect(audit.map((e) => [e.subjectId, e.actorId, e.after])).toEqual([
      [
        quiet.id,
        desk.editor.user.id,
        expect.objectContaining({
          note: 'Only another paragraph changed.',
          tellReaders: false,
          publicationRevision: null,
        }),
      ],
      [told.id, desk.editor.user.id, expect.objectContaining({ tellReaders: true, publicationRevision: 2 })],
    ])
    expect(await openFlags()).toEqual([])
  })

  it('keeps a retracted claim’s annotation without a verdict, as a comment saying it was retracted', async () => {
    const res = await anonymous(`/api/v1/public/claims/${retracted.id}/annotation`)
    expect(res.statusCode).toBe(200)
    const annotation = WebAnnotationSchema.parse(res.json())
    expect(annotation.motivation).toBe('commenting')
    expect(annotation.body.map((b) => b.purpose)).toEqual(['describing', 'commenting'])
    expect(annotation.body[1]?.value).toMatch(/retracted.*Reason: Not a checkable claim\./)
    expect(res.body).not.toContain('Accurate')
    expect((await anonymous(`/api/v1/public/claims/${retracted.id}/claimreview`)).statusCode).toBe(410)
    // A standing review still assesses.
    const standing = WebAnnotationSchema.parse(
      (await anonymous(`/api/v1/public/claims/${unchanged.id}/annotation`)).json(),
    )
    expect(standing.motivation).toBe('assessing')
    expect(standing.body[1]).toMatchObject({ purpose: 'assessing', value: 'Accurate' })
  })
})
