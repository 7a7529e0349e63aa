import { readFile } from 'node:fs/promises'
import {
  ArticleDetailSchema,
  type ClaimDetail,
  ClaimReviewFeedSchema,
  ClaimReviewSchema,
  ErrorSchema,
  MethodologySchema,
  PUBLIC_CLAIM_STATUSES,
  PublicClaimDetailSchema,
  PublicClaimListSchema,
  type PublicClaimSummary,
  PublicEntityPageSchema,
  WebAnnotationSchema,
} from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { parse as parseCsv } from 'csv-parse/sync'
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { act, createArticle, type Desk, publishClaim, ratingId } from './ledger-fixtures.ts'
import { login } from './session.ts'

const { claims, entities } = schema
const BASE = 'https://ledger.example.org'
const ORG = 'Example Fact Desk'
const PUBLIC = [...PUBLIC_CLAIM_STATUSES]

// The seeded demo claim a second article repeats (for "other appearances").
const REPEATED_HEADLINE = 'Dong urged a Chinese diplomat to delay the release of the two Michaels'
// A headline full of what CSV, XML and HTML must escape.
const AWKWARD_HEADLINE = 'Minister said "cuts, not <b>taxes</b>" & meant it'
const AWKWARD_STATEMENT =
  'The minister said: "cuts, not taxes".\nShe meant it, she said; R&D & <script> stay.'

describe.each(await testDatabases())('public ledger on $driver', (testDb) => {
  let t: TestApp
  let desk: Desk
  let dongId: string
  let globalNewsId: string
  let repeat: ClaimDetail
  let awkward: ClaimDetail
  let retracted: ClaimDetail
  let corrected: ClaimDetail
  let publicCount: number
  let draftId: string

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers })
  const list = async (query = '') => {
    const res = await get(`/api/v1/public/claims${query}`)
    expect(res.statusCode, res.body).toBe(200)
    return PublicClaimListSchema.parse(res.json())
  }
  /** Every page of a query, following nextCursor. */
  const listAll = async (query = '', limit = 100) => {
    const items: PublicClaimSummary[] = []
    let cursor: string | null = null
    do {
      const params = new URLSearchParams(query)
      params.set('limit', String(limit))
      if (cursor) params.set('cursor', cursor)
      const page = await list(`?${params}`)
      items.push(...page.items)
      cursor = page.nextCursor
    } while (cursor)
    return items
  }
  const expectBadRequest = async (url: string, field: RegExp) => {
    const res = await get(url)
    expect(res.statusCode, url).toBe(400)
    expect(ErrorSchema.parse(res.json()).message).toMatch(field)
  }

  // Builds its data through the API, request by request: give it time on a busy machine.
  beforeAll(async () => {
    t = await createTestApp(testDb, { env: { PUBLIC_BASE_URL: `${BASE}/`, PUBLIC_ORG_NAME: ORG } })
    desk = {
      t,
      checker: await login(t.app, 'checker@example.com'),
      editor: await login(t.app, 'editor@example.com'),
    }
    const db = t.db.handle.db
    const byName = async (name: string) =>
      (await db.select().from(entities).where(eq(entities.name, name)))[0]?.id ?? ''
    dongId = await byName('Han Dong')
    globalNewsId = await byName('Global News')

    // A second article, by Global News, repeating a demo claim and carrying an awkward one.
    const article = await createArticle(desk, {
      title: 'Liberal MP Han Dong allegedly advised Chinese diplomat to delay release of two Michaels',
      url: 'https://globalnews.example/news/dong',
      publishedOn: '2023-03-22',
      outlet: globalNewsId,
      text: [
        'Liberal MP Han Dong privately advised a senior Chinese diplomat in February 2021 that Beijing should hold off freeing Michael Kovrig and Michael Spavor, sources allege.',
        'The minister said: "cuts, not taxes". She meant it, she said; R&D & <script> stay.',
        'The weather in Ottawa was cold that week.',
      ].join('\n\n'),
    })
    repeat = await publishClaim(desk, article, {
      quote: 'Liberal MP Han Dong privately advised a senior Chinese diplomat',
      headline: REPEATED_HEADLINE,
      statement:
        'Han Dong urged a Chinese diplomat to delay the release of Michael Kovrig and Michael Spavor.',
      kind: 'allegation',
      claimantId: globalNewsId,
      subjectIds: [dongId],
      verdict: 'Unsubstantiated',
      rationale: 'Anonymous sources only; Dong denies it.',
    })
    awkward = await publishClaim(desk, article, {
      quote: 'The minister said: "cuts, not taxes".',
      headline: AWKWARD_HEADLINE,
      statement: AWKWARD_STATEMENT,
      verdict: 'Mixed',
      rationale: 'Quotes, commas, <tags> & ampersands survive every format.',
    })
    retracted = await publishClaim(desk, article, {
      quote: 'The weather in Ottawa was cold that week.',
      headline: 'Ottawa was cold that week',
      statement: 'The weather in Ottawa was cold in the week of the meeting.',
      verdict: 'Accurate',
      rationale: 'Environment Canada records.',
    })
    await act(desk, desk.editor, retracted.id, 'POST', '/retract', {
      reason: 'Irrelevant to the claim under review.',
    })
    // Correct the awkward claim with a verdict change.
    await act(desk, desk.editor, awkward.id, 'POST', '/correct', {
      whatChanged: 'Verdict changed from Mixed to False.',
      reason: 'The full speech shows she said the opposite.',
      changes: { verdictRatingId: await ratingId(desk, 'False') },
    })
    corrected = awkward

    publicCount = (await db.select().from(claims).where(inArray(claims.status, PUBLIC))).length
    const [draft] = await db.select().from(claims).where(notInArray(claims.status, PUBLIC))
    draftId = draft?.id ?? ''
  }, 300_000)
  afterAll(async () => {
    await t?.close()
  })

  describe('GET /api/v1/public/claims', () => {
    it('lists every public claim and nothing else, newest publication first, a page at a time', async () => {
      const all = await listAll('', 2)
      expect(all).toHaveLength(publicCount)
      expect(new Set(all.map((c) => c.id)).size).toBe(publicCount)
      for (const c of all) expect(PUBLIC).toContain(c.status)
      const times = all.map((c) => c.publishedAt)
      expect(times).toEqual([...times].sort().reverse())
      expect(all.map((c) => c.status)).toEqual(
        expect.arrayContaining(['published', 'corrected', 'retracted']),
      )
      const first = all.find((c) => c.id === repeat.id)
      expect(first).toMatchObject({
        url: `${BASE}/ledger/claims/${repeat.id}`,
        verdict: { label: 'Unsubstantiated' },
        article: { outlet: { name: 'Global News' }, publishedOn: '2023-03-22' },
        subjects: [{ name: 'Han Dong' }],
      })
    })

    it('needs no login, and answers the same to a logged-in desk member', async () => {
      const anonymous = await get('/api/v1/public/claims?limit=100')
      const asEditor = await get('/api/v1/public/claims?limit=100', { cookie: desk.editor.cookie })
      expect(asEditor.statusCode).toBe(200)
      expect(asEditor.json()).toEqual(anonymous.json())
    })

    it('searches headline, statement, quote and rationale with English stemming', async () => {
      const dong = await listAll('q=Dong')
      expect(dong.length).toBeGreaterThan(0)
      // Stemming: "delaying" finds "delay"; the quote is searched ("privately" is only there).
      expect((await listAll('q=delaying')).map((c) => c.id)).toContain(repeat.id)
      expect((await listAll('q=privately')).map((c) => c.id)).toEqual([repeat.id])
      expect((await listAll('q=ampersands')).map((c) => c.id)).toEqual([awkward.id])
      expect(await listAll('q=zzzunfindable')).toEqual([])
      for (const q of [
        "'); drop table claims; --",
        '<script>alert(1)</script>',
        '"unbalanced',
        'a & | ! :*',
        '%_\\',
      ]) {
        const res = await get(`/api/v1/public/claims?q=${encodeURIComponent(q)}`)
        expect(res.statusCode, q).toBe(200)
        PublicClaimListSchema.parse(res.json())
      }
    })

    it('filters by verdict, sourcing grade, subject, outlet and date', async () => {
      const all = await listAll()
      const unsubstantiated = await listAll('verdict=unsubstantiated')
      expect(unsubstantiated.length).toBe(all.filter((c) => c.verdict.label === 'Unsubstantiated').length)
      expect(unsubstantiated.map((c) => c.id)).toContain(repeat.id)

      const grade = all.find((c) => c.sourcingGrade)?.sourcingGrade ?? 'S6'
      const graded = await listAll(`grade=${grade}`)
      expect(graded.length).toBe(all.filter((c) => c.sourcingGrade === grade).length)

      const aboutDong = await listAll(`subject=${dongId}`)
      expect(aboutDong.length).toBe(all.filter((c) => c.subjects.some((s) => s.id === dongId)).length)
      expect(aboutDong.length).toBeGreaterThan(1)

      const byGlobal = await listAll(`outlet=${globalNewsId}`)
      expect(byGlobal.map((c) => c.id).sort()).toEqual([repeat.id, awkward.id, retracted.id].sort())

      const today = new Date().toISOString().slice(0, 10)
      const dayMs = 86_400_000
      const yesterday = new Date(Date.now() - dayMs).toISOString().slice(0, 10)
      const tomorrow = new Date(Date.now() + dayMs).toISOString().slice(0, 10)
      expect(await listAll(`from=${yesterday}&to=${tomorrow}`)).toHaveLength(publicCount)
      expect(await listAll(`from=${tomorrow}`)).toEqual([])
      expect(await listAll(`to=${yesterday}`)).toEqual([])
      expect(await listAll(`from=${today}&to=${today}&verdict=False&outlet=${globalNewsId}`)).toHaveLength(1)
    })

    it('answers malformed filters with 400 naming the parameter', async () => {
      await expectBadRequest('/api/v1/public/claims?from=2023-13-01', /^querystring\.from:/)
      await expectBadRequest('/api/v1/public/claims?to=yesterday', /^querystring\.to:/)
      await expectBadRequest('/api/v1/public/claims?from=2023-03-02&to=2023-03-01', /^from:/)
      await expectBadRequest('/api/v1/public/claims?grade=S7', /^querystring\.grade:/)
      await expectBadRequest('/api/v1/public/claims?subject=dong', /^querystring\.subject:/)
      await expectBadRequest('/api/v1/public/claims?verdict=Wrongish', /^verdict:/)
      await expectBadRequest('/api/v1/public/claims?status=draft', /status/)
      await expectBadRequest('/api/v1/public/claims?limit=0', /^querystring\.limit:/)
      await expectBadRequest('/api/v1/public/claims?limit=101', /^querystring\.limit:/)
      await expectBadRequest(
        '/api/v1/public/claims?cursor=bm90LWEtY3Vyc29y',
        /^querystring.cursor: is not a cursor this API issued/,
      )
      await expectBadRequest('/api/v1/public/claims.csv?from=03/01/2023', /^querystring\.from:/)
      // Shapes a pattern accepts and the database cannot hold: 400s naming the field, never 5xx.
      for (const date of ['0000-01-01', '2024-02-30', '2023-02-29']) {
        await expectBadRequest(
          `/api/v1/public/claims?from=${date}`,
          /^querystring\.from: (is not a day|must be a date)/,
        )
        await expectBadRequest(
          `/api/v1/public/claims?to=${date}`,
          /^querystring\.to: (is not a day|must be a date)/,
        )
      }
      const uuid = '0b7e5a52-2f3c-4d0e-9a51-3c1f0a6f4e21'
      for (const at of [
        '2024-99-99T10:00:00.000000Z',
        '0000-01-01T00:00:00.000000Z',
        '2024-02-30T10:00:00.000000Z',
      ]) {
        const cursor = Buffer.from(JSON.stringify([at, uuid])).toString('base64url')
        for (const path of ['/api/v1/public/claims', '/api/v1/public/claimreview']) {
          await expectBadRequest(`${path}?cursor=${cursor}`, /^querystring\.cursor: is not a cursor/)
        }
      }
      await expectBadRequest('/api/v1/public/claims?q=a%00b', /^querystring\.q:/)
    })

    it('is cacheable: ETag, Cache-Control, 304 on If-None-Match; CORS open', async () => {
      const res = await get('/api/v1/public/claims?verdict=False')
      expect(res.headers['cache-control']).toBe('public, no-cache')
      expect(res.headers['access-control-allow-origin']).toBe('*')
      const etag = String(res.headers.etag)
      expect(etag).toMatch(/^"[\w-]+"$/)
      const again = await get('/api/v1/public/claims?verdict=False', { 'if-none-match': etag })
      expect(again.statusCode).toBe(304)
      expect(again.body).toBe('')
      const other = await get('/api/v1/public/claims?verdict=Accurate', { 'if-none-match': etag })
      expect(other.statusCode).toBe(200)
      const preflight = await t.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/public/claims',
        headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' },
      })
      expect(preflight.statusCode).toBe(204)
      expect(preflight.headers['access-control-allow-origin']).toBe('*')
      // The desk's own API is not opened up.
      const desk = await get('/api/v1/articles', { origin: 'https://elsewhere.example' })
      expect(desk.headers['access-control-allow-origin']).toBeUndefined()
    })
  })

  describe('GET /api/v1/public/claims/:id', () => {
    it('shows the quote in context, chains, responses, verdict, sourcing and other appearances', async () => {
      const all = await listAll()
      const demo = all.find((c) => c.headline === REPEATED_HEADLINE && c.id !== repeat.id)
      expect(demo).toBeDefined()
      const res = await get(`/api/v1/public/claims/${demo?.id}`)
      expect(res.statusCode).toBe(200)
      expect(res.headers['cache-control']).toBe('public, no-cache')
      expect(res.headers['access-control-allow-origin']).toBe('*')
      const claim = PublicClaimDetailSchema.parse(res.json())
      const article = ArticleDetailSchema.parse((await get(`/api/v1/articles/${claim.article.id}`)).json())
      const body = article.version.body
      expect(body.slice(claim.quote.start, claim.quote.end)).toBe(claim.quote.exact)
      expect(body).toContain(`${claim.quote.before}${claim.quote.exact}${claim.quote.after}`)
      expect(claim.quote.before.length).toBeGreaterThan(0)
      expect(claim.chains.length).toBeGreaterThan(0)
      expect(claim.responses.map((r) => r.stance)).toContain('denies')
      expect(claim.sourcing?.reasons.length).toBeGreaterThan(0)
      expect(claim.sourcing?.grade).toBe(claim.sourcingGrade)
      expect(claim.changelog.map((e) => e.kind)).toEqual(['published'])
      expect(claim.otherAppearances).toEqual([
        expect.objectContaining({
          claimId: repeat.id,
          article: expect.objectContaining({ publishedOn: '2023-03-22' }),
        }),
      ])
      // Nothing of the desk's working record.
      expect(res.body).not.toMatch(/"notes"|"replyRequests"|"assigneeId"|"createdBy"|"allowedActions"/)
    })

    it('keeps corrections and retractions in the changelog', async () => {
      const fixed = PublicClaimDetailSchema.parse((await get(`/api/v1/public/claims/${corrected.id}`)).json())
      expect(fixed.status).toBe('corrected')
      expect(fixed.verdict.label).toBe('False')
      expect(fixed.changelog).toEqual([
        expect.objectContaining({ kind: 'published', verdict: 'Mixed', previousVerdict: null }),
        expect.objectContaining({
          kind: 'corrected',
          verdict: 'False',
          previousVerdict: 'Mixed',
          whatChanged: 'Verdict changed from Mixed to False.',
          reason: 'The full speech shows she said the opposite.',
        }),
      ])
      const gone = PublicClaimDetailSchema.parse((await get(`/api/v1/public/claims/${retracted.id}`)).json())
      expect(gone.status).toBe('retracted')
      expect(gone.changelog.map((e) => [e.kind, e.reason])).toEqual([
        ['published', null],
        ['retracted', 'Irrelevant to the claim under review.'],
      ])
    })

    it('answers an unpublished and an unknown id with the same 404', async () => {
      for (const path of ['', '/claimreview', '/annotation']) {
        const draft = await get(`/api/v1/public/claims/${draftId}${path}`)
        const unknown = await get(`/api/v1/public/claims/00000000-0000-4000-8000-000000000000${path}`)
        expect(draft.statusCode).toBe(404)
        expect(unknown.statusCode).toBe(404)
        const { requestId: _a, ...a } = ErrorSchema.parse(draft.json())
        const { requestId: _b, ...b } = ErrorSchema.parse(unknown.json())
        expect(a).toEqual(b)
      }
      await expectBadRequest('/api/v1/public/claims/not-a-uuid', /^params\.claimId:/)
    })

    it('answers 304 when the ETag still matches', async () => {
      const res = await get(`/api/v1/public/claims/${repeat.id}`)
      const again = await get(`/api/v1/public/claims/${repeat.id}`, {
        'if-none-match': `W/${res.headers.etag}`,
      })
      expect(again.statusCode).toBe(304)
    })
  })

  describe('schema.org ClaimReview', () => {
    it('has every required and recommended field, as application/ld+json', async () => {
      const res = await get(`/api/v1/public/claims/${repeat.id}/claimreview`)
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toMatch(/^application\/ld\+json/)
      expect(res.headers.etag).toBeDefined()
      const review = ClaimReviewSchema.parse(res.json())
      expect(review).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `${BASE}/ledger/claims/${repeat.id}`,
        claimReviewed: REPEATED_HEADLINE,
        author: { '@type': 'Organization', name: ORG, url: BASE },
        reviewRating: {
          '@type': 'Rating',
          alternateName: 'Unsubstantiated',
          ratingValue: 3,
          bestRating: 6,
          worstRating: 1,
        },
        itemReviewed: {
          '@type': 'Claim',
          author: { '@type': 'Organization', name: 'Global News' },
          datePublished: '2023-03-22',
        },
      })
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const appearances = review.itemReviewed.appearance
      expect(appearances[0]).toEqual({
        '@type': 'CreativeWork',
        url: 'https://globalnews.example/news/dong',
        headline: 'Liberal MP Han Dong allegedly advised Chinese diplomat to delay release of two Michaels',
        datePublished: '2023-03-22',
        publisher: { '@type': 'Organization', name: 'Global News' },
      })
      // The demo article (23 March) repeats it: the Global News report (22 March) came first.
      expect(appearances).toHaveLength(2)
      expect(review.itemReviewed.firstAppearance?.url).toBe('https://globalnews.example/news/dong')
    })

    it('withdraws a retracted review’s ClaimReview with a 410 naming why', async () => {
      const res = await get(`/api/v1/public/claims/${retracted.id}/claimreview`)
      expect(res.statusCode).toBe(410)
      const error = ErrorSchema.parse(res.json())
      expect(error.code).toBe('GONE')
      expect(error.message).toMatch(/retracted/)
      // The claim itself stays public, with its retraction.
      expect((await get(`/api/v1/public/claims/${retracted.id}`)).statusCode).toBe(200)
    })

    it('lists every public claim that still has a review as a DataFeed, a page at a time', async () => {
      const reviewed: string[] = []
      let url: string | null = '/api/v1/public/claimreview?limit=3'
      while (url) {
        const res = await get(url)
        expect(res.statusCode).toBe(200)
        expect(res.headers['content-type']).toMatch(/^application\/ld\+json/)
        const feed = ClaimReviewFeedSchema.parse(res.json())
        expect(feed).toMatchObject({ '@context': 'https://schema.org', '@type': 'DataFeed' })
        for (const element of feed.dataFeedElement) {
          expect(element['@type']).toBe('DataFeedItem')
          expect(Date.parse(element.dateModified)).toBeGreaterThanOrEqual(Date.parse(element.dateCreated))
        }
        reviewed.push(...feed.dataFeedElement.flatMap((e) => e.item.map((r) => r.url)))
        url = /<([^>]+)>; rel="next"/.exec(String(res.headers.link ?? ''))?.[1] ?? null
      }
      // Every public claim but the retracted one, whose review no longer rates it.
      expect(reviewed).toHaveLength(publicCount - 1)
      expect(reviewed).not.toContain(`${BASE}/ledger/claims/${retracted.id}`)
      expect(new Set(reviewed).size).toBe(reviewed.length)
    })
  })

  it('gives the anchor as a W3C Web Annotation whose selectors select the quote in its public source', async () => {
    const res = await get(`/api/v1/public/claims/${repeat.id}/annotation`)
    expect(res.headers['content-type']).toBe(
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    )
    const annotation = WebAnnotationSchema.parse(res.json())
    expect(annotation['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(annotation.type).toBe('Annotation')
    // The exact version quoted, as plain text, fetchable without a login.
    expect(annotation.target.source).toMatch(
      new RegExp(`^${BASE}/api/v1/public/articles/${repeat.articleId}/versions/[0-9a-f-]{36}/text$`),
    )
    const source = await get(annotation.target.source.slice(BASE.length))
    expect(source.statusCode).toBe(200)
    expect(source.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(source.headers.etag).toBeDefined()
    const article = ArticleDetailSchema.parse(
      (await get(`/api/v1/articles/${repeat.articleId}`, { cookie: desk.editor.cookie })).json(),
    )
    expect(source.body).toBe(article.version.body)
    // TextPositionSelector counts code points (W3C), TextQuoteSelector agrees with it.
    const points = [...source.body]
    const [position, quote] = annotation.target.selector
    expect(points.slice(position.start, position.end).join('')).toBe(
      'Liberal MP Han Dong privately advised a senior Chinese diplomat',
    )
    expect(quote.exact).toBe(points.slice(position.start, position.end).join(''))
    expect(points.slice(0, position.start).join('').endsWith(quote.prefix)).toBe(true)
    expect(points.slice(position.end).join('').startsWith(quote.suffix)).toBe(true)
  })

  it('serves article text only for articles with a public claim', async () => {
    const [unpublished] = await t.db.handle.db
      .select({ id: schema.articleVersions.id, articleId: schema.articleVersions.articleId })
      .from(schema.articleVersions)
      .where(
        sql`not exists (select 1 from published_claims p where p.article_id = ${schema.articleVersions.articleId})`,
      )
      .limit(1)
    if (unpublished) {
      const res = await get(
        `/api/v1/public/articles/${unpublished.articleId}/versions/${unpublished.id}/text`,
      )
      expect(res.statusCode).toBe(404)
    }
    const res = await get(
      `/api/v1/public/articles/${repeat.articleId}/versions/00000000-0000-4000-8000-000000000000/text`,
    )
    expect(res.statusCode).toBe(404)
  })

  it('exports CSV that parses back to the same claims (RFC 4180, UTF-8, header row)', async () => {
    const res = await get('/api/v1/public/claims.csv')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present')
    expect(res.headers['content-disposition']).toMatch(/attachment; filename=".+\.csv"/)
    expect(res.headers['access-control-allow-origin']).toBe('*')
    expect(res.headers['cache-control']).toBe('public, no-cache')
    // A weak ETag (the export streams): unchanged ledger, 304; the ledger changes, a new tag.
    const etag = String(res.headers.etag)
    expect(etag).toMatch(/^W\/"[\w-]+"$/)
    const again = await get('/api/v1/public/claims.csv', { 'if-none-match': etag })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')
    expect((await get('/api/v1/public/claims.csv?verdict=False', { 'if-none-match': etag })).statusCode).toBe(
      200,
    )
    expect(res.body).toContain('\r\n')
    const rows = parseCsv(res.body, { columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(publicCount)
    const all = await listAll()
    expect(rows.map((r) => r.id)).toEqual(all.map((c) => c.id))
    const row = rows.find((r) => r.id === awkward.id)
    expect(row).toMatchObject({
      headline: AWKWARD_HEADLINE,
      statement: AWKWARD_STATEMENT,
      verdict: 'False',
      status: 'corrected',
      outlet: 'Global News',
      article_published_on: '2023-03-22',
    })
    expect(Object.keys(rows[0] ?? {})).toContain('sourcing_grade')
    // Filters apply to the export too.
    const filtered = parseCsv((await get('/api/v1/public/claims.csv?verdict=Unsubstantiated')).body, {
      columns: true,
    }) as Record<string, string>[]
    expect(filtered.map((r) => r.verdict)).toEqual(filtered.map(() => 'Unsubstantiated'))
    expect(filtered.length).toBeGreaterThan(0)
  })

  it('exports text a spreadsheet would run as a formula as plain text', async () => {
    const db = t.db.handle.db
    const { publishedClaims } = schema
    const [before] = await db.select().from(publishedClaims).where(eq(publishedClaims.claimId, retracted.id))
    const formula = '=HYPERLINK("https://evil.example","Click")'
    // Readers see the published record (ADR 019), so that is where it goes.
    await db
      .update(publishedClaims)
      .set({
        record: sql`jsonb_set(${publishedClaims.record}, '{detail,statement}', to_jsonb(${formula}::text))`,
      })
      .where(eq(publishedClaims.claimId, retracted.id))
    try {
      const rows = parseCsv((await get('/api/v1/public/claims.csv')).body, { columns: true }) as Record<
        string,
        string
      >[]
      expect(rows.find((r) => r.id === retracted.id)?.statement).toBe(`'${formula}`)
    } finally {
      await db
        .update(publishedClaims)
        .set({ record: before?.record })
        .where(eq(publishedClaims.claimId, retracted.id))
    }
  })

  it('publishes an Atom feed of publications, corrections and retractions', async () => {
    const res = await get('/ledger/feed.atom')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8')
    expect(XMLValidator.validate(res.body)).toBe(true)
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'entry' || name === 'link',
    }).parse(res.body) as {
      feed: {
        '@_xmlns': string
        id: string
        title: { '#text': string }
        updated: string
        entry: {
          id: string
          title: { '#text': string }
          updated: string
          link: { '@_href': string }[]
          summary: { '#text': string }
        }[]
      }
    }
    const feed = doc.feed
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toBe(`${BASE}/ledger/feed.atom`)
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const titles = feed.entry.map((e) => e.title['#text'])
    expect(titles).toContain(`Corrected: ${AWKWARD_HEADLINE}`)
    expect(titles).toContain(`Published: ${AWKWARD_HEADLINE}`)
    expect(titles).toContain('Retracted: Ottawa was cold that week')
    const correction = feed.entry.find((e) => e.title['#text'].startsWith('Corrected: Minister'))
    expect(correction?.summary['#text']).toContain('The full speech shows she said the opposite.')
    expect(correction?.link[0]?.['@_href']).toBe(`${BASE}/ledger/claims/${awkward.id}`)
    for (const e of feed.entry) expect(e.id).toMatch(/^https:\/\/ledger\.example\.org\/ledger\/claims\//)
    // Only public claims: every entry's claim is in the ledger.
    const ids = new Set((await listAll()).map((c) => c.id))
    for (const e of feed.entry) expect(ids.has(/claims\/([\w-]+)/.exec(e.id)?.[1] ?? '')).toBe(true)
  })

  it('shows a person with the claims about them and their responses; 404 for anyone only in drafts', async () => {
    const res = await get(`/api/v1/public/entities/${dongId}`)
    expect(res.statusCode).toBe(200)
    const page = PublicEntityPageSchema.parse(res.json())
    expect(page.entity).toMatchObject({ name: 'Han Dong', kind: 'person' })
    expect(page.about.map((c) => c.id)).toContain(repeat.id)
    for (const c of page.about) expect(c.subjects.map((s) => s.id)).toContain(dongId)
    expect(page.responses.map((r) => r.stance)).toContain('denies')

    const outlet = PublicEntityPageSchema.parse((await get(`/api/v1/public/entities/${globalNewsId}`)).json())
    expect(outlet.by.map((c) => c.id)).toEqual(expect.arrayContaining([repeat.id, awkward.id, retracted.id]))

    const [hidden] = await t.db.handle.db
      .insert(entities)
      .values({ name: 'Known only to the desk', kind: 'person' })
      .returning()
    const draftOnly = await get(`/api/v1/public/entities/${hidden?.id}`)
    const unknown = await get('/api/v1/public/entities/00000000-0000-4000-8000-000000000000')
    expect(draftOnly.statusCode).toBe(404)
    expect(unknown.statusCode).toBe(404)
    expect(ErrorSchema.parse(draftOnly.json()).message).toBe(ErrorSchema.parse(unknown.json()).message)
  })

  it('lists responses by the responder column, which the migration fills from the records as the writer does', async () => {
    const db = t.db.handle.db
    const pc = schema.publishedClaims
    const written = await db
      .select({ id: pc.claimId, responders: pc.responderIds })
      .from(pc)
      .orderBy(pc.claimId)
    expect(written.some((r) => r.responders.includes(dongId))).toBe(true)
    // Records written before the column existed: the migration's backfill must give the same ids.
    const file = new URL('../../../migrations/0020_published_responders.sql', import.meta.url)
    const backfill = (await readFile(file, 'utf8'))
      .split('--> statement-breakpoint')
      .find((s) => /UPDATE/.test(s))
    await db.execute(sql`update published_claims set responder_ids = '{}'`)
    await db.execute(sql.raw(backfill ?? 'missing backfill'))
    const filled = await db
      .select({ id: pc.claimId, responders: pc.responderIds })
      .from(pc)
      .orderBy(pc.claimId)
    const sorted = (rows: typeof written) =>
      rows.map((r) => ({ id: r.id, responders: [...r.responders].sort() }))
    expect(sorted(filled)).toEqual(sorted(written))
    const page = PublicEntityPageSchema.parse((await get(`/api/v1/public/entities/${dongId}`)).json())
    expect(page.responses.map((r) => r.stance)).toContain('denies')
  })

  it('explains the methodology from the data the code uses', async () => {
    const res = await get('/api/v1/public/methodology')
    expect(res.statusCode).toBe(200)
    const m = MethodologySchema.parse(res.json())
    const labels = (
      await t.db.handle.db
        .select()
        .from(schema.ratings)
        .where(and(eq(schema.ratings.scaleId, schema.ratings.scaleId)))
        .orderBy(schema.ratings.position)
    )
      .filter((r) => r.retiredAt === null)
      .map((r) => r.label)
    expect(m.ratingScale.ratings.map((r) => r.label)).toEqual(labels)
    expect(m.ratingScale).toMatchObject({ bestRating: 6, worstRating: 1 })
    expect(m.sourcingGrades.map((g) => g.grade)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6'])
    for (const g of m.sourcingGrades) expect(g.rules.length).toBeGreaterThan(0)
    expect(m.admiralty.sourceReliability.map((l) => l.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F'])
    expect(m.admiralty.informationCredibility.map((l) => l.code)).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(m.correctionsPolicy.join(' ')).toMatch(/correction/i)
  })
})
