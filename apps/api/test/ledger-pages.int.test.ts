import { type ClaimDetail, ClaimReviewSchema, PublicClaimListSchema } from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { eq } from 'drizzle-orm'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { act, createArticle, type Desk, publishClaim } from './ledger-fixtures.ts'
import { login } from './session.ts'

const BASE = 'https://ledger.example.org'
const ORG = 'Example Fact Desk'
// Text that would end the JSON-LD script element or open a comment if written out raw.
const HOSTILE_HEADLINE = 'He said </script><script>alert(1)</script> and <!-- this -->'

describe.each(await testDatabases())('server-rendered ledger pages on $driver', (testDb) => {
  let t: TestApp
  let desk: Desk
  let hostile: ClaimDetail
  let retracted: ClaimDetail
  let dongId: string

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers })
  /** The page as a crawler gets it: status, headers and the parsed served HTML (no JavaScript). */
  const page = async (url: string, status = 200) => {
    const res = await get(url)
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(status)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    const { document } = parseHTML(res.body)
    const meta = (key: string) =>
      document.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content') ?? null
    return { res, document, meta, html: res.body }
  }

  beforeAll(async () => {
    t = await createTestApp(testDb, { env: { PUBLIC_BASE_URL: BASE, PUBLIC_ORG_NAME: ORG } })
    desk = {
      t,
      checker: await login(t.app, 'checker@example.com'),
      editor: await login(t.app, 'editor@example.com'),
    }
    const [dong] = await t.db.handle.db
      .select()
      .from(schema.entities)
      .where(eq(schema.entities.name, 'Han Dong'))
    dongId = dong?.id ?? ''
    const article = await createArticle(desk, {
      title: 'A speech',
      text: 'The minister said the cuts would end in May.\n\nThe weather in Ottawa was cold that week.',
    })
    hostile = await publishClaim(desk, article, {
      quote: 'The minister said the cuts would end in May.',
      headline: HOSTILE_HEADLINE,
      statement: 'The cuts end in May & not <later>.',
      subjectIds: [dongId],
      verdict: 'False',
      rationale: 'The budget says otherwise.',
    })
    retracted = await publishClaim(desk, article, {
      quote: 'The weather in Ottawa was cold that week.',
      headline: 'Ottawa was cold that week',
      statement: 'The weather in Ottawa was cold.',
      verdict: 'Accurate',
      rationale: 'Records.',
    })
    await act(desk, desk.editor, retracted.id, 'POST', '/retract', { reason: 'Irrelevant.' })
  }, 300_000)
  afterAll(async () => {
    await t?.close()
  })

  it('serves the list with its claims, title, description, canonical and feed links, and no script', async () => {
    const { res, document, meta, html } = await page('/ledger?utm_source=x')
    const list = PublicClaimListSchema.parse((await get('/api/v1/public/claims?limit=20')).json())
    expect(list.items.length).toBeGreaterThan(0)
    const headlines = [...document.querySelectorAll('.ledger-row-headline a')].map((a) => a.textContent)
    expect(headlines).toEqual(list.items.map((c) => c.headline))
    expect(document.querySelector('title')?.textContent).toBe('Claim ledger · Claimtrail ledger')
    expect(meta('description')).toMatch(/Claims in the news checked by the desk/)
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${BASE}/ledger`)
    expect(meta('og:site_name')).toBe(ORG)
    expect(meta('og:url')).toBe(`${BASE}/ledger`)
    expect(
      document.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href'),
    ).toBe('/ledger/feed.atom')
    expect(res.headers.link).toContain('</ledger/feed.atom>; rel="alternate"; type="application/atom+xml"')
    // A reader's first visit downloads no JavaScript at all.
    expect(document.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0)
    expect(html).not.toMatch(/<script[^>]+src=/)
  })

  it('filters and pages the list from the address, without JavaScript', async () => {
    const { document } = await page(`/ledger?subject=${dongId}`)
    const rows = [...document.querySelectorAll('.ledger-row-headline a')].map((a) => a.textContent)
    expect(rows).toContain(HOSTILE_HEADLINE)
    expect(document.querySelector('.ledger-chip')?.textContent).toContain('Han Dong')
    // The search form keeps the entity filter when submitted as a plain GET.
    expect(document.querySelector('input[type="hidden"][name="subject"]')?.getAttribute('value')).toBe(dongId)

    const first = PublicClaimListSchema.parse((await get('/api/v1/public/claims?limit=20')).json())
    if (first.nextCursor) {
      const next = await page(`/ledger?cursor=${encodeURIComponent(first.nextCursor)}`)
      const second = PublicClaimListSchema.parse(
        (await get(`/api/v1/public/claims?limit=20&cursor=${encodeURIComponent(first.nextCursor)}`)).json(),
      )
      expect([...next.document.querySelectorAll('.ledger-row-headline a')].map((a) => a.textContent)).toEqual(
        second.items.map((c) => c.headline),
      )
    }
  })

  it('serves a claim page with its meta tags and the ClaimReview JSON-LD, escaped', async () => {
    const { res, document, meta, html } = await page(`/ledger/claims/${hostile.id}`)
    expect(document.querySelector('h1')?.textContent).toBe(HOSTILE_HEADLINE)
    expect(document.querySelector('title')?.textContent).toBe(`${HOSTILE_HEADLINE} · Claimtrail ledger`)
    expect(meta('description')).toBe('False: The cuts end in May & not <later>.')
    expect(meta('og:title')).toBe(HOSTILE_HEADLINE)
    expect(meta('og:type')).toBe('article')
    expect(meta('og:url')).toBe(`${BASE}/ledger/claims/${hostile.id}`)
    expect(meta('twitter:card')).toBe('summary')
    expect(meta('twitter:label1')).toBe('Verdict')
    expect(meta('twitter:data1')).toBe('False')
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${BASE}/ledger/claims/${hostile.id}`,
    )
    // Exactly one script, the data block, and the hostile text did not break out of it.
    const scripts = document.querySelectorAll('script')
    expect(scripts).toHaveLength(1)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(html).not.toContain('<script>alert')
    const served = ClaimReviewSchema.parse(JSON.parse(scripts[0]?.textContent ?? ''))
    const api = (await get(`/api/v1/public/claims/${hostile.id}/claimreview`)).json()
    expect(served).toEqual(api)
    expect(served.claimReviewed).toBe(HOSTILE_HEADLINE)
    expect(res.headers.link).toContain(`</api/v1/public/claims/${hostile.id}/claimreview>; rel="alternate"`)
    expect(
      document.querySelector(`link[rel="alternate"][href="/api/v1/public/claims/${hostile.id}"]`),
    ).not.toBeNull()
  })

  it('keeps a retracted claim with its note and no ClaimReview', async () => {
    const { document, res } = await page(`/ledger/claims/${retracted.id}`)
    expect(document.querySelector('h1')?.textContent).toBe('Ottawa was cold that week')
    expect(document.body.textContent).toContain('The desk has retracted this review')
    expect(document.querySelectorAll('script')).toHaveLength(0)
    expect(res.headers.link).not.toContain('/claimreview>')
  })

  it('answers 404 pages for unknown, malformed and unpublished ids and unknown addresses', async () => {
    const [draft] = await t.db.handle.db.select().from(schema.claims).where(eq(schema.claims.status, 'draft'))
    const urls = [
      '/ledger/claims/00000000-0000-4000-8000-000000000000',
      '/ledger/claims/not-an-id',
      `/ledger/claims/${draft?.id ?? '00000000-0000-4000-8000-000000000001'}`,
      '/ledger/people/00000000-0000-4000-8000-000000000000',
      '/ledger/outlets/nope',
      '/ledger/nothing/here',
    ]
    for (const url of urls) {
      const { document, meta, res } = await page(url, 404)
      expect(document.body.textContent).toMatch(
        url.startsWith('/ledger/claims/') ? /This claim is not in the ledger/ : /This is not in the ledger/,
      )
      expect(meta('robots')).toBe('noindex')
      expect(res.headers['cache-control']).toBeUndefined()
    }
  })

  it('serves person and methodology pages', async () => {
    const person = await page(`/ledger/people/${dongId}`)
    expect(person.document.querySelector('h1')?.textContent).toBe('Han Dong')
    expect(person.meta('og:title')).toBe('Han Dong')
    expect(person.document.body.textContent).toContain(HOSTILE_HEADLINE)
    const methodology = await page('/ledger/methodology')
    expect(methodology.document.querySelector('h1')?.textContent).toBe('How we rate claims')
    expect(methodology.document.querySelector('title')?.textContent).toBe('Methodology · Claimtrail ledger')
  })

  it('revalidates with an ETag, so a correction shows on the next visit', async () => {
    const url = `/ledger/claims/${hostile.id}`
    const first = await get(url)
    expect(first.headers['cache-control']).toBe('public, no-cache')
    const etag = String(first.headers.etag)
    expect((await get(url, { 'if-none-match': etag })).statusCode).toBe(304)
    await act(desk, desk.editor, hostile.id, 'POST', '/correct', {
      whatChanged: 'Rationale clarified.',
      reason: 'A reader pointed to the final budget.',
      changes: { rationale: 'The final budget says the cuts last until December.' },
    })
    const after = await get(url, { 'if-none-match': etag })
    expect(after.statusCode).toBe(200)
    expect(after.body).toContain('The final budget says the cuts last until December.')
  })

  it('lists every public claim page in sitemap.xml with lastmod, and robots.txt points to it', async () => {
    const res = await get('/sitemap.xml')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8')
    expect(XMLValidator.validate(res.body)).toBe(true)
    const parsed = new XMLParser().parse(res.body) as { urlset: { url: { loc: string; lastmod?: string }[] } }
    const locs = parsed.urlset.url.map((u) => u.loc)
    expect(locs).toContain(`${BASE}/ledger`)
    expect(locs).toContain(`${BASE}/ledger/claims/${hostile.id}`)
    const entry = parsed.urlset.url.find((u) => u.loc.endsWith(hostile.id))
    expect(Number.isNaN(Date.parse(entry?.lastmod ?? ''))).toBe(false)
    const claimCount = (await t.db.handle.db.select().from(schema.publishedClaims)).length
    expect(locs.filter((l) => l.includes('/ledger/claims/'))).toHaveLength(claimCount)

    // The files of a sitemap index: the first holds what /sitemap.xml does, past the end is a 404.
    expect((await get('/sitemaps/claims-0.xml')).body).toBe(res.body)
    expect((await get('/sitemaps/claims-1.xml')).statusCode).toBe(404)
    expect((await get('/sitemaps/other.xml')).statusCode).toBe(404)

    const robots = await get('/robots.txt')
    expect(robots.statusCode).toBe(200)
    expect(robots.body).toContain(`Sitemap: ${BASE}/sitemap.xml`)
    expect(robots.body).toContain('Allow: /ledger')
  })
})
