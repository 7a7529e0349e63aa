import {
  ArticleDetailSchema,
  ArticleListSchema,
  PUBLIC_CLAIM_STATUSES,
  PublicClaimListSchema,
} from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { act, createArticle, createClaim, type Desk, moveTo, ratingId } from './ledger-fixtures.ts'
import { login } from './session.ts'

const { claims, entities, articles } = schema

// Every word of a claim that is not public carries this, so one search of a response body finds
// any leak: headline, statement, quote, rationale, notes, evidence, responses, entity and article.
const MARK = 'zorblax'
const STATUSES = ['draft', 'in_review', 'changes_requested', 'approved'] as const

/**
 * Puts the claim's marked word everywhere a claim holds text: verdict rationale, note, evidence,
 * a response (by `responderId`) and an attribution chain whose origin is the marked entity.
 */
async function markEverywhere(
  desk: Desk,
  claimId: string,
  { word, responderId, markedEntityId }: { word: string; responderId: string; markedEntityId: string },
): Promise<void> {
  await act(desk, desk.editor, claimId, 'PATCH', '', {
    verdictRatingId: await ratingId(desk, 'False'),
    rationale: `The ${word} rationale.`,
  })
  await act(desk, desk.checker, claimId, 'POST', '/notes', { body: `A ${word} note.` })
  await act(desk, desk.checker, claimId, 'POST', '/evidence', {
    relation: 'refutes',
    title: `The ${word} evidence`,
    url: `https://example.org/${word}`,
    note: `${word} evidence note`,
  })
  // A public person (Dong) responding to an unpublished claim must not show on his page.
  await act(desk, desk.checker, claimId, 'POST', '/responses', {
    entityId: responderId,
    stance: 'admits',
    words: `${word} response words`,
    addressesPart: `${word} part`,
  })
  await act(desk, desk.checker, claimId, 'POST', '/chains', {
    hops: [
      {
        entityId: markedEntityId,
        role: 'origin',
        named: true,
        onRecord: true,
        access: 'direct',
        cue: `${word}cue`,
      },
    ],
  })
}

type OpenApiDoc = {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>
}

/**
 * Every GET of the OpenAPI document, each path parameter filled with each of its values (an
 * unknown id when none is given), and searched for each word where it takes `q`.
 */
function apiUrls(doc: OpenApiDoc, values: Record<string, string[]>, searches: string[]): string[] {
  const urls: string[] = []
  for (const [path, operations] of Object.entries(doc.paths)) {
    const get = operations.get
    if (!get) continue
    const names = (get.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name)
    const queryNames = new Set((get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name))
    for (const url of fillPath(path, names, values)) {
      urls.push(url)
      if (queryNames.has('q'))
        for (const q of searches.filter(Boolean)) urls.push(`${url}?q=${encodeURIComponent(q)}`)
    }
  }
  return urls
}

function fillPath(path: string, names: string[], values: Record<string, string[]>): string[] {
  let filled = [path]
  for (const name of names) {
    filled = filled.flatMap((p) =>
      (values[name] ?? ['00000000-0000-4000-8000-000000000000']).map((v) => p.replace(`{${name}}`, v)),
    )
  }
  return filled
}

/** The server-rendered pages and the sitemap, with the marked records and searches. */
function pageUrls(values: Record<string, string[]>, searches: string[], markedEntityId: string): string[] {
  const urls = [
    '/sitemap.xml',
    '/ledger',
    `/ledger/people/${markedEntityId}`,
    `/ledger/outlets/${markedEntityId}`,
  ]
  for (const id of values.claimId ?? []) urls.push(`/ledger/claims/${id}`)
  for (const q of searches.filter(Boolean)) urls.push(`/ledger?q=${encodeURIComponent(q)}`)
  urls.push(`/ledger?subject=${markedEntityId}`)
  return urls
}

/** Asks for `url` anonymously and expects no mark in the answer; true when it answered 200. */
async function expectNoMark(t: TestApp, url: string): Promise<boolean> {
  const res = await t.app.inject({ method: 'GET', url })
  expect(res.statusCode, url).toBeLessThan(500)
  let body = res.body
  // A search page shows what was searched for (title, search box): that echo is not a leak,
  // but the page must have found nothing.
  const searched = url.startsWith('/ledger?q=') ? decodeURIComponent(url.slice('/ledger?q='.length)) : null
  if (searched) {
    expect(body, url).toContain('No claims match')
    body = body.replaceAll(searched, '')
  }
  expect(body.toLowerCase().includes(MARK), `${url} → ${res.statusCode} ${body.slice(0, 300)}`).toBe(false)
  return res.statusCode === 200
}

/**
 * Readers see published, corrected and retracted claims only (docs/design.md). This seeds claims in
 * every other status, marked with unique words everywhere a claim holds text, then calls every
 * route anyone may call without logging in — with and without searching for the marks — and
 * asserts that no answer contains a mark, and that counts leave those claims out.
 */
describe.each(await testDatabases())('nothing unpublished leaks to readers on $driver', (testDb) => {
  let t: TestApp
  let desk: Desk
  const marked: { id: string; status: string; word: string }[] = []
  let markedEntityId: string
  let markedArticleId: string
  let demoArticleId: string
  let dongId: string

  // Builds its data through the API, request by request: give it time on a busy machine.
  beforeAll(async () => {
    t = await createTestApp(testDb, { env: { LOGIN_MAX_FAILURES_PER_ADDRESS: '100000' } })
    desk = {
      t,
      checker: await login(t.app, 'checker@example.com'),
      editor: await login(t.app, 'editor@example.com'),
    }
    const db = t.db.handle.db
    dongId = (await db.select().from(entities).where(eq(entities.name, 'Han Dong')))[0]?.id ?? ''
    const [demo] = await db.select().from(articles)
    demoArticleId = demo?.id ?? ''
    const demoText = (await t.app.inject({ method: 'GET', url: `/api/v1/articles/${demoArticleId}` })).json()
      .version.body as string

    const entity = await t.app.inject({
      method: 'POST',
      url: '/api/v1/entities',
      headers: desk.checker.headers,
      payload: { name: `Ms ${MARK}entity`, kind: 'person', aliases: [`${MARK}alias`] },
    })
    expect(entity.statusCode, entity.body).toBe(201)
    markedEntityId = (entity.json() as { id: string }).id
    const markedArticle = await createArticle(desk, {
      title: `The ${MARK}article about ${MARK}town`,
      url: `https://example.org/${MARK}`,
      text: STATUSES.map((s) => `In ${MARK}town the ${MARK}quote${s.replace('_', '')} was spoken.`).join(
        '\n\n',
      ),
    })
    markedArticleId = markedArticle.id

    for (const status of STATUSES) {
      const word = `${MARK}${status.replace('_', '')}`
      // One claim in the marked article (its quote is marked too), one in the public demo article.
      const inMarked = {
        article: markedArticle,
        quote: `the ${MARK}quote${status.replace('_', '')} was spoken`,
      }
      const inDemo = {
        article: { id: demoArticleId, text: demoText },
        quote: 'Han Dong has thrown in the towel.',
      }
      for (const [n, where] of [inMarked, inDemo].entries()) {
        // The marked entity in the marked article; Dong, a public person, in the demo article.
        const about = n === 0 ? markedEntityId : dongId
        const claim = await createClaim(desk, where.article, {
          quote: where.quote,
          headline: `${word} headline ${n}`,
          statement: `The ${word} statement ${n}.`,
          claimantId: about,
          subjectIds: [about],
        })
        await markEverywhere(desk, claim.id, { word, responderId: about, markedEntityId })
        await moveTo(desk, claim.id, status)
        marked.push({ id: claim.id, status, word })
      }
    }
    const rows = await db
      .select()
      .from(claims)
      .where(
        inArray(
          claims.id,
          marked.map((m) => m.id),
        ),
      )
    expect(rows.map((r) => r.status).sort()).toEqual(marked.map((m) => m.status).sort())
  }, 300_000)
  afterAll(async () => {
    await t?.close()
  })

  it('never shows a marked word on any anonymous route, searched for or not', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDoc
    const publicClaim = (await t.app.inject({ method: 'GET', url: '/api/v1/public/claims?limit=1' })).json()
      .items[0].id as string
    // Values for every path parameter: the marked records, and public ones for comparison.
    const values: Record<string, string[]> = {
      claimId: [...marked.map((m) => m.id), publicClaim],
      entityId: [markedEntityId, dongId],
      articleId: [markedArticleId, demoArticleId],
    }
    const searches = ['', MARK, ...marked.map((m) => m.word), `${MARK}entity`, `${MARK}quotedraft`]
    const urls: string[] = ['/ledger/feed.atom', ...apiUrls(doc, values, searches)]
    // The server-rendered pages and the sitemap read the same snapshot (not in the OpenAPI document).
    urls.push(...pageUrls(values, searches, markedEntityId))
    // Every anonymous-readable route is in the list (the OpenAPI document is the source).
    expect(urls).toEqual(
      expect.arrayContaining([
        '/api/v1/public/claims',
        '/api/v1/public/claims.csv',
        '/api/v1/public/claimreview',
        '/api/v1/public/methodology',
        '/api/v1/articles',
        `/api/v1/public/claims/${marked[0]?.id}/claimreview`,
        `/api/v1/public/claims/${marked[0]?.id}/annotation`,
        `/api/v1/public/entities/${markedEntityId}`,
        `/api/v1/articles/${markedArticleId}`,
        `/api/v1/public/claims.csv?q=${MARK}`,
      ]),
    )
    let answered = 0
    for (const url of urls) if (await expectNoMark(t, url)) answered++
    expect(answered).toBeGreaterThan(20)
  })

  it('answers a marked claim, entity or article exactly as an unknown one', async () => {
    for (const m of marked) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/claims/${m.id}` })
      expect(res.statusCode, m.status).toBe(404)
      expect(res.json().message).toBe('Claim not found')
    }
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/public/entities/${markedEntityId}` })).statusCode,
    ).toBe(404)
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/articles/${markedArticleId}` })).statusCode,
    ).toBe(404)
  })

  it('leaves unpublished claims out of every count', async () => {
    const db = t.db.handle.db
    const publicIds = (
      await db
        .select()
        .from(claims)
        .where(inArray(claims.status, [...PUBLIC_CLAIM_STATUSES]))
    ).map((c) => c.id)
    const listed: string[] = []
    let cursor: string | null = null
    do {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/public/claims?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      })
      const page = PublicClaimListSchema.parse(res.json())
      listed.push(...page.items.map((c) => c.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(listed.sort()).toEqual(publicIds.sort())

    const csv = (await t.app.inject({ method: 'GET', url: '/api/v1/public/claims.csv' })).body
      .trim()
      .split('\r\n')
    expect(csv.length - 1).toBe(publicIds.length)

    const articlesList = ArticleListSchema.parse(
      (await t.app.inject({ method: 'GET', url: '/api/v1/articles' })).json(),
    )
    const demo = articlesList.items.find((a) => a.id === demoArticleId)
    const demoPublic = (
      await db
        .select()
        .from(claims)
        .where(inArray(claims.status, [...PUBLIC_CLAIM_STATUSES]))
    ).filter((c) => c.articleId === demoArticleId).length
    expect(demo?.claimCount).toBe(demoPublic)
    const reader = ArticleDetailSchema.parse(
      (await t.app.inject({ method: 'GET', url: `/api/v1/articles/${demoArticleId}` })).json(),
    )
    expect(reader.claims).toHaveLength(demoPublic)
  })
})
