import {
  ClaimReviewFeedQuerySchema,
  LEDGER_PAGE_SIZE,
  PublicClaimListSchema,
  PublicEntityPageSchema,
} from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPublicLedgerService } from '../src/services/public/public-ledger-service.ts'
import { createTestApp, type TestApp } from './helpers.ts'
import { createArticle, createClaim, type Desk, publishClaim } from './ledger-fixtures.ts'
import { login } from './session.ts'

// A person in more claims than one page (paged with keyset cursors, JSON and server-rendered), and
// the public response cache keyed by the validated query, so junk parameters cannot multiply it.

const PUBLISHED = LEDGER_PAGE_SIZE + 2

describe.each(await testDatabases())('ledger paging and cache keys on $driver', (testDb) => {
  let t: TestApp
  let personId: string
  const published = new Set<string>()
  let draftId: string

  const get = (url: string) => t.app.inject({ method: 'GET', url })

  beforeAll(async () => {
    t = await createTestApp(testDb)
    const desk: Desk = {
      t,
      checker: await login(t.app, 'checker@example.com'),
      editor: await login(t.app, 'editor@example.com'),
    }
    const [person] = await t.db.handle.db
      .insert(schema.entities)
      .values({ name: 'Paged Person', kind: 'person' })
      .returning()
    personId = person?.id ?? ''
    const sentences = Array.from({ length: PUBLISHED + 1 }, (_, i) => `Figure ${i} was ${i * 7} percent.`)
    const article = await createArticle(desk, { title: 'Many figures', text: sentences.join(' ') })
    for (const [i, quote] of sentences.slice(0, PUBLISHED).entries()) {
      const claim = await publishClaim(desk, article, {
        quote,
        headline: `Paged claim ${i}`,
        statement: quote,
        subjectIds: [personId],
        verdict: 'False',
        rationale: 'The report says otherwise.',
      })
      published.add(claim.id)
    }
    const draft = await createClaim(desk, article, {
      quote: sentences[PUBLISHED] ?? '',
      headline: 'Unpublished paged claim',
      statement: 'Never public.',
      subjectIds: [personId],
    })
    draftId = draft.id
  }, 900_000)

  afterAll(async () => {
    await t?.close()
  })

  it('walks the JSON pages of a person’s claims: each published claim once, never a draft', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const query: string = cursor ? `&aboutCursor=${encodeURIComponent(cursor)}` : ''
      const res = await get(`/api/v1/public/entities/${personId}?limit=5${query}`)
      expect(res.statusCode, res.body).toBe(200)
      const page = PublicEntityPageSchema.parse(res.json())
      expect(page.about.length).toBeLessThanOrEqual(5)
      seen.push(...page.about.map((c) => c.id))
      cursor = page.aboutNextCursor
      pages++
    } while (cursor && pages < 20)
    expect(pages).toBe(Math.ceil(PUBLISHED / 5))
    expect(seen).toHaveLength(PUBLISHED)
    expect(new Set(seen)).toEqual(published)
    expect(seen).not.toContain(draftId)
    // The page size is capped.
    expect((await get(`/api/v1/public/entities/${personId}?limit=101`)).statusCode).toBe(400)
  })

  it('walks the server-rendered person page by its “Older claims” link, without JavaScript', async () => {
    const seen: string[] = []
    let url: string | null = `/ledger/people/${personId}`
    let pages = 0
    while (url && pages < 10) {
      const res = await get(url)
      expect(res.statusCode, url).toBe(200)
      const { document } = parseHTML(res.body)
      const about = document.querySelector('section[aria-labelledby="about-heading"]')
      const links = [...(about?.querySelectorAll('.ledger-list a[href^="/ledger/claims/"]') ?? [])]
      seen.push(...new Set(links.map((a) => (a.getAttribute('href') ?? '').split('/').at(-1) ?? '')))
      const older = [...(about?.querySelectorAll('a') ?? [])].find((a) => a.textContent === 'Older claims')
      const href = older?.getAttribute('href')
      url = href
        ? new URL(href, `http://ledger${url}`).pathname + new URL(href, `http://ledger${url}`).search
        : null
      pages++
    }
    expect(pages).toBe(2)
    expect(seen).toHaveLength(PUBLISHED)
    expect(new Set(seen)).toEqual(published)
  })

  it('keys the response cache on the validated query: 200 junk variants add at most one entry each route', async () => {
    const cache = t.app.publicCache
    if (!cache) throw new Error('the response cache is on by default')
    const first = await get('/api/v1/public/claimreview?limit=3')
    expect(first.statusCode).toBe(200)
    const before = cache.size()
    const [claimId] = published
    const variants: string[] = []
    for (let i = 0; i < 50; i++) {
      // Same values spelt differently, reordered or repeated, and parameters nobody reads.
      variants.push(`/api/v1/public/claimreview?limit=${'0'.repeat(i + 1)}3`)
      variants.push(`/api/v1/public/claimreview?limit=${3 + 100 * (i + 1)}`)
      variants.push(`/api/v1/public/claims/${claimId}?utm_source=${i}`)
      variants.push(`/ledger/people/${personId}?utm_source=${i}&ref=${i}`)
    }
    expect(new Set(variants).size).toBe(200)
    for (const url of variants) expect((await get(url)).statusCode).toBeLessThan(500)
    // The claim page and the person page once each; the spellings of limit=3 are the entry above;
    // limits over the cap are 400s, never kept.
    expect(cache.size() - before).toBeLessThanOrEqual(2)
    // An id is a UUID in any case: one entry.
    const kept = cache.size()
    expect((await get(`/api/v1/public/claims/${claimId?.toUpperCase()}`)).statusCode).toBe(200)
    expect(cache.size()).toBe(kept)
    // A kept answer is the same bytes under any spelling of its query.
    expect((await get('/api/v1/public/claimreview?limit=003')).body).toBe(first.body)
    const list = PublicClaimListSchema.parse((await get('/api/v1/public/claims?limit=2')).json())
    expect(list.items).toHaveLength(2)
  })

  it('loads a DataFeed page in the same number of queries whatever its size', async () => {
    let statements = 0
    const logger = { logQuery: () => void statements++ }
    const options = { schema, casing: 'snake_case', logger } as const
    const client = (t.db.handle.db as unknown as { $client: never }).$client
    const db = (t.db.handle.driver === 'pg'
      ? drizzlePg({ client, ...options })
      : drizzlePglite({ client, ...options })) as unknown as typeof t.db.handle.db
    const ledger = createPublicLedgerService({ db, baseUrl: 'https://ledger.example.org', orgName: 'Desk' })
    const counts: number[] = []
    for (const limit of [1, 5, 20]) {
      statements = 0
      const { feed } = await ledger.claimReviewFeed(ClaimReviewFeedQuerySchema.parse({ limit }))
      expect(feed.dataFeedElement).toHaveLength(limit)
      counts.push(statements)
    }
    expect(counts[0]).toBeGreaterThan(0)
    expect(new Set(counts).size).toBe(1)
  })
})
