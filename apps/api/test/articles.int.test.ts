import { ArticleDetailSchema, ArticleListSchema, ErrorSchema } from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { login } from './session.ts'

describe.each(await testDatabases())('article reader API on $driver', (testDb) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(testDb)
  })
  afterAll(async () => {
    await t?.close()
  })

  async function demoArticleId(): Promise<string> {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/articles' })
    const id = ArticleListSchema.parse(res.json()).items[0]?.id
    if (!id) throw new Error('no article listed')
    return id
  }

  it('lists the demo article with the number of claims a reader may see', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/articles' })
    expect(res.statusCode).toBe(200)
    const body = ArticleListSchema.parse(res.json())
    expect(body.items).toHaveLength(1)
    expect(body.items[0]).toMatchObject({
      title: 'Chinese interference, Dong (in tears) leaves the Liberals',
      outlet: 'Corriere Canadese',
    })
    const all = await t.db.handle.db.select().from(schema.claims)
    const visible = all.filter((c) => ['published', 'corrected', 'retracted'].includes(c.status))
    expect(visible.length).toBeLessThan(all.length)
    expect(body.items[0]?.claimCount).toBe(visible.length)
  })

  it('shows a reader the article text with only published, corrected and retracted claims', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/articles/${await demoArticleId()}` })
    expect(res.statusCode).toBe(200)
    const article = ArticleDetailSchema.parse(res.json())
    expect(article.claims.length).toBeGreaterThanOrEqual(3)
    for (const claim of article.claims) {
      expect(['published', 'corrected', 'retracted']).toContain(claim.status)
      expect(article.version.body.slice(claim.anchor.start, claim.anchor.end)).toBe(claim.anchor.exact)
      expect(claim.verdict).not.toBeNull()
    }
    // Nothing unpublished leaks, not even inside another field.
    const drafts = (await t.db.handle.db.select().from(schema.claims)).filter(
      (c) => !['published', 'corrected', 'retracted'].includes(c.status),
    )
    for (const draft of drafts) {
      expect(res.body).not.toContain(draft.id)
      expect(res.body).not.toContain(draft.headline)
    }
    // Claims come in text order.
    const starts = article.claims.map((c) => c.anchor.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('gives the Global News allegation its relayed chain and Dong’s partial admission and denial', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/articles/${await demoArticleId()}` })
    const article = ArticleDetailSchema.parse(res.json())
    const allegation = article.claims.find((c) =>
      c.anchor.exact.startsWith('Dong told a senior Chinese diplomat'),
    )
    expect(allegation).toBeDefined()
    expect(allegation?.chains[0]?.hops.map((h) => [h.entity.name, h.role, h.named])).toEqual([
      ['Unnamed national security sources', 'origin', false],
      ['Global News', 'relay', true],
      ['Corriere Canadese', 'publisher', true],
    ])
    expect(allegation?.responses.map((r) => r.stance)).toEqual(['partially_admits', 'denies', 'denies'])
    expect(allegation?.sourcingGrade).toBe('S5')
    for (const hop of allegation?.chains[0]?.hops ?? []) {
      if (hop.cueStart !== null && hop.cueEnd !== null) {
        expect(article.version.body.slice(hop.cueStart, hop.cueEnd)).toBe(hop.cue)
      }
    }
  })

  it('shows the desk every claim, whatever its status', async () => {
    const checker = await login(t.app, 'checker@example.com')
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/articles/${await demoArticleId()}`,
      headers: { cookie: checker.cookie },
    })
    const article = ArticleDetailSchema.parse(res.json())
    const all = await t.db.handle.db.select().from(schema.claims)
    expect(article.claims).toHaveLength(all.length)
    expect(new Set(article.claims.map((c) => c.status))).toContain('draft')
  })

  it('answers an unknown article with a 404 error body', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/articles/00000000-0000-4000-8000-000000000000',
    })
    expect(res.statusCode).toBe(404)
    const body = ErrorSchema.parse(res.json())
    expect(body).toMatchObject({ code: 'NOT_FOUND', message: 'Article not found' })
    expect(res.headers['x-request-id']).toBe(body.requestId)
  })

  it('answers a malformed id with a 400 that names the field', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/articles/not-a-uuid' })
    expect(res.statusCode).toBe(400)
    const body = ErrorSchema.parse(res.json())
    expect(body.code).toBe('VALIDATION')
    expect(body.message).toContain('params.articleId')
  })

  it('answers unknown API routes with a JSON 404, and app routes with the web app', async () => {
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/nope' })
    expect(api.statusCode).toBe(404)
    expect(ErrorSchema.parse(api.json()).code).toBe('NOT_FOUND')
    const page = await t.app.inject({ method: 'GET', url: '/articles/some-deep-link' })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toContain('text/html')
    expect(page.body).toContain('<div id="root">')
  })

  it('reports the database in /healthz', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ status: 'ok', database: 'up', driver: testDb.driver })
  })

  it('publishes an OpenAPI 3 document of its routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' })
    expect(res.statusCode).toBe(200)
    const doc = res.json()
    expect(doc.openapi).toMatch(/^3\./)
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/api/v1/articles', '/api/v1/articles/{articleId}']),
    )
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' })
    expect(docs.statusCode).toBe(200)
    expect(docs.body).toContain('swagger')
  })
})
