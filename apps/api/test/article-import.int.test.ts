import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import {
  ArticleDetailSchema,
  ArticleListSchema,
  ArticleVersionBodySchema,
  ArticleVersionListSchema,
  CreatedArticleSchema,
  ErrorSchema,
  ImportedVersionSchema,
  MAX_ARTICLE_SOURCE_LENGTH,
  OrphanListSchema,
} from '@claimtrail/contracts'
import { DEMO_ARTICLE_TEXT, schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { and, asc, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type App, buildApp } from '../src/app.ts'
import { createTestApp, type TestApp, testConfig } from './helpers.ts'
import { type LoggedIn, login } from './session.ts'

const { articles, articleVersions, attributionChains, chainHops, claims, entities, events, responses } =
  schema

const sha256 = async (text: string) =>
  (await import('node:crypto')).createHash('sha256').update(text, 'utf8').digest('hex')

const PARAGRAPHS = [
  'The city council voted on Tuesday to close the Elm Street library, citing a budget shortfall of $2.4 million that the mayor’s office said could not be covered by reserves.',
  '“We have no other choice this year,” said Councillor Dana Ruiz, who chairs the finance committee. Opponents said the closure would leave the east side without a branch for the first time since 1952.',
  'According to two staff members who asked not to be named because they were not authorised to speak, the library’s collection will be moved to the central branch by the end of the summer.',
]

/** A news page as a browser gets it: the article among menus, ads, scripts and a footer. */
function newsPage(title = 'Council votes to close Elm Street library'): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | The Elm Gazette</title>
<style>.ad { float: right }</style>
<script>window.dataLayer = ["tracking-script-text"]</script></head>
<body>
  <header class="site-header"><a href="/">The Elm Gazette</a></header>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
  <div class="ad-banner advertisement">ADVERTISEMENT: Cheap flights to Lisbon!</div>
  <main><article>
    <h1>${title}</h1>
    <p class="byline">By Sam Reporter</p><!-- metadata to Readability, not article text -->
    ${PARAGRAPHS.map((p) => `<p>${p.replace('$2.4 million', '<strong>$2.4&nbsp;million</strong>')}</p>`).join('\n    ')}
    <script>document.write("injected-by-script")</script>
  </article></main>
  <aside class="related"><h2>Most read</h2><ul><li><a href="/a">Mayor’s dog wins prize</a></li></ul></aside>
  <footer class="site-footer">© 2024 The Elm Gazette. Subscribe now.</footer>
</body></html>`
}

/** The pages the article fetcher meets in the wild, served from 127.0.0.1. */
function startPageServer(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
    switch (req.url) {
      case '/article': {
        const body = Buffer.from(newsPage())
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        })
        return res.end(gzip ? gzipSync(body) : body)
      }
      case '/old-address':
        res.writeHead(301, { location: '/article' })
        return res.end()
      case '/loop':
        res.writeHead(302, { location: '/loop' })
        return res.end()
      case '/to-ftp':
        res.writeHead(302, { location: 'ftp://files.example.com/article.txt' })
        return res.end()
      case '/plain':
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
        return res.end('A plain text bulletin.\r\nSecond line.')
      case '/latin1':
        res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' })
        return res.end(Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94])) // “Café” in windows-1252
      case '/big':
        res.writeHead(200, { 'content-type': 'text/html' })
        return res.end(`<p>${'word '.repeat(40_000)}</p>`)
      case '/gzip-bomb': {
        // Small on the wire, far over the limit once inflated, with an honest Content-Length.
        const body = gzipSync(Buffer.alloc(5_000_000, 0x20))
        res.writeHead(200, {
          'content-type': 'text/html',
          'content-encoding': 'gzip',
          'content-length': body.length,
        })
        return res.end(body)
      }
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' })
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
      case '/empty':
        res.writeHead(200, { 'content-type': 'text/html' })
        return res.end('<html><body><script>x()</script></body></html>')
      case '/slow-headers':
        return // never answers
      case '/slow-body':
        res.writeHead(200, { 'content-type': 'text/html' })
        res.write('<html><body><p>Still loading')
        return // never finishes
      default:
        res.writeHead(404, { 'content-type': 'text/plain' })
        return res.end('not found')
    }
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({ server, base: `http://127.0.0.1:${port}` })
    })
  })
}

type ClaimRow = typeof claims.$inferSelect

/**
 * Every claim after an import, its version moved on by one: an orphan kept, flagged and still
 * pointing at the text it was marked in; any other claim on the new version, its quote at its offsets.
 */
function expectReanchored(
  after: ClaimRow[],
  {
    before,
    orphanIds,
    edited,
    versionId,
  }: { before: ClaimRow[]; orphanIds: (string | undefined)[]; edited: string; versionId: string },
): void {
  for (const claim of after) {
    const old = before.find((c) => c.id === claim.id)
    expect(claim.version).toBe((old?.version ?? 0) + 1)
    if (orphanIds.includes(claim.id)) {
      // Kept, flagged, and still pointing at the text it was marked in.
      expect(claim).toMatchObject({
        orphaned: true,
        articleVersionId: old?.articleVersionId,
        anchorStart: old?.anchorStart,
        anchorExact: old?.anchorExact,
      })
    } else {
      expect(claim.orphaned).toBe(false)
      expect(claim.articleVersionId).toBe(versionId)
      expect(edited.slice(claim.anchorStart, claim.anchorEnd)).toBe(claim.anchorExact)
    }
  }
}

describe.each(await testDatabases())('article import, versions and re-anchoring on $driver', (testDb) => {
  let t: TestApp
  let checker: LoggedIn
  let pages: { server: Server; base: string }
  beforeAll(async () => {
    pages = await startPageServer()
    t = await createTestApp(testDb, {
      env: {
        FETCH_ALLOW_PRIVATE: 'true',
        FETCH_TIMEOUT_MS: '700',
        FETCH_MAX_BYTES: '100000',
        EXTRACT_TIMEOUT_MS: '1500',
      },
    })
    checker = await login(t.app, 'checker@example.com')
  })
  afterAll(async () => {
    pages?.server.closeAllConnections()
    pages?.server.close()
    await t?.close()
  })

  const db = () => t.db.handle.db
  const post = (url: string, payload: unknown, who: LoggedIn | null = checker, app: App = t.app) =>
    app.inject({ method: 'POST', url, payload: payload as object, headers: who?.headers ?? {} })
  const get = (url: string, who: LoggedIn | null = checker) =>
    t.app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} })
  const eventsFor = (subjectId: string) =>
    db().select().from(events).where(eq(events.subjectId, subjectId)).orderBy(asc(events.id))

  async function demoArticleId(): Promise<string> {
    const [demo] = await db()
      .select()
      .from(articles)
      .where(eq(articles.title, DEMO_ARTICLE_TEXT.split('\n')[0] ?? ''))
    if (!demo) throw new Error('demo article missing')
    return demo.id
  }

  describe('creating an article', () => {
    it('creates an article and its version 1 from plain text, with both events, in one go', async () => {
      const [outlet] = await db().select().from(entities).where(eq(entities.name, 'Corriere Canadese'))
      const text = 'Mayor announces budget.\r\n\r\nThe mayor said taxes would not rise. '
      const res = await post('/api/v1/articles', {
        title: '  Mayor announces budget ',
        outlet: outlet?.id,
        url: 'https://example.com/budget',
        byline: 'Sam Reporter',
        publishedOn: '2024-03-01',
        language: 'en-CA',
        source: { format: 'text', text },
      })
      expect(res.statusCode).toBe(201)
      const body = CreatedArticleSchema.parse(res.json())
      const stored = 'Mayor announces budget.\n\nThe mayor said taxes would not rise. '
      expect(body).toEqual({
        article: {
          id: expect.any(String),
          title: 'Mayor announces budget',
          outlet: 'Corriere Canadese',
          url: 'https://example.com/budget',
          byline: 'Sam Reporter',
          publishedAt: '2024-03-01',
          language: 'en-CA',
          claimCount: 0,
        },
        version: {
          id: expect.any(String),
          number: 1,
          sha256: await sha256(stored),
          importedAt: expect.any(String),
          length: stored.length,
          sourceFormat: 'text',
        },
      })

      const [article] = await db().select().from(articles).where(eq(articles.id, body.article.id))
      expect(article).toMatchObject({ outletId: outlet?.id, createdBy: checker.user.id, version: 1 })
      const versions = await db()
        .select()
        .from(articleVersions)
        .where(eq(articleVersions.articleId, body.article.id))
      expect(versions).toHaveLength(1)
      expect(versions[0]).toMatchObject({ number: 1, body: stored, importedBy: checker.user.id })

      const created = await eventsFor(body.article.id)
      expect(created.map((e) => [e.action, e.actorId, e.requestId])).toEqual([
        ['article.created', checker.user.id, res.headers['x-request-id']],
      ])
      const imported = await eventsFor(body.version.id)
      expect(imported).toHaveLength(1)
      expect(imported[0]).toMatchObject({
        action: 'article_version.imported',
        actorId: checker.user.id,
        after: { articleId: body.article.id, number: 1, sha256: body.version.sha256, sourceFormat: 'text' },
      })

      // The desk sees it at once; the reader does not (no published claims yet).
      const detail = ArticleDetailSchema.parse((await get(`/api/v1/articles/${body.article.id}`)).json())
      expect(detail.version.body).toBe(stored)
      expect((await get(`/api/v1/articles/${body.article.id}`, null)).statusCode).toBe(404)
    })

    it('extracts the main text of an HTML page, without menus, ads, scripts or footer', async () => {
      const res = await post('/api/v1/articles', {
        title: 'Council votes to close Elm Street library',
        source: { format: 'html', html: newsPage() },
      })
      expect(res.statusCode).toBe(201)
      const created = CreatedArticleSchema.parse(res.json())
      expect(created.version.sourceFormat).toBe('html')
      const version = ArticleVersionBodySchema.parse(
        (await get(`/api/v1/articles/${created.article.id}/versions/1`)).json(),
      )
      expect(version.body).toBe(['Council votes to close Elm Street library', ...PARAGRAPHS].join('\n\n'))
      for (const junk of [
        'News',
        'Sport',
        'ADVERTISEMENT',
        'tracking-script',
        'injected-by-script',
        'Most read',
        'Subscribe',
        '<',
        'float',
      ]) {
        expect(version.body).not.toContain(junk)
      }
      // Offsets count in the extracted text: what the reader is shown is what anchors point into.
      const quote = '“We have no other choice this year,”'
      const start = version.body.indexOf(quote)
      expect(start).toBeGreaterThan(0)
      const detail = ArticleDetailSchema.parse((await get(`/api/v1/articles/${created.article.id}`)).json())
      expect(detail.version.body.slice(start, start + quote.length)).toBe(quote)
      expect(version.length).toBe(version.body.length)
      const [row] = await db()
        .select()
        .from(articleVersions)
        .where(eq(articleVersions.id, created.version.id))
      expect(row).toMatchObject({ sourceFormat: 'html', body: version.body })
    })

    it('refuses an HTML page with no text, naming the field, and writes nothing', async () => {
      const before = await db().select().from(articles)
      const res = await post('/api/v1/articles', {
        title: 'Nothing here',
        source: { format: 'html', html: '<html><body><script>x()</script><nav>Menu</nav></body></html>' },
      })
      expect(res.statusCode).toBe(400)
      expect(ErrorSchema.parse(res.json())).toMatchObject({
        code: 'INVALID',
        message: expect.stringContaining('source.html'),
      })
      expect(await db().select().from(articles)).toHaveLength(before.length)
    })

    it('stops extracting a page built to be slow, and keeps serving others meanwhile', async () => {
      // 40 kB of nested elements: minutes of Readability on the main thread, were it run there.
      const html = `<html><body>${'<div>a '.repeat(5000)}${'</div>'.repeat(5000)}</body></html>`
      const started = Date.now()
      const pending = post('/api/v1/articles', { title: 'Slow page', source: { format: 'html', html } })
      await new Promise((resolve) => setTimeout(resolve, 200))
      const health = await t.app.inject({ method: 'GET', url: '/healthz' })
      expect(health.statusCode).toBe(200)
      expect(Date.now() - started).toBeLessThan(1_000)
      const res = await pending
      expect(res.statusCode).toBe(422)
      expect(ErrorSchema.parse(res.json())).toMatchObject({
        code: 'EXTRACTION_TIMEOUT',
        message: 'The page’s text could not be extracted within 1500 ms; its markup is too complex',
      })
      expect(await db().select().from(articles).where(eq(articles.title, 'Slow page'))).toEqual([])
    })

    it('refuses unknown fields, a bad outlet, a bad date and a non-http url, naming the field', async () => {
      const cases: [unknown, number, string][] = [
        [{ title: 'x', source: { format: 'text', text: 'x' }, extra: 1 }, 400, 'extra'],
        [{ title: 'x', source: { format: 'text', text: 'x', extra: 1 } }, 400, 'body.source'],
        [{ title: 'x', source: { format: 'pdf', data: 'x' } }, 400, 'body.source'],
        [{ title: '  ', source: { format: 'text', text: 'x' } }, 400, 'body.title'],
        [
          { title: 'x', publishedOn: '1 March 2024', source: { format: 'text', text: 'x' } },
          400,
          'body.publishedOn',
        ],
        [{ title: 'x', language: 'English', source: { format: 'text', text: 'x' } }, 400, 'body.language'],
        [{ title: 'x', url: 'javascript:alert(1)', source: { format: 'text', text: 'x' } }, 400, 'body.url'],
        [{ title: 'x', source: { format: 'url', url: 'ftp://example.com/a.html' } }, 400, 'body.source.url'],
        [{ title: 'x', source: { format: 'url', url: 'file:///etc/passwd' } }, 400, 'body.source.url'],
        [
          {
            title: 'x',
            outlet: '00000000-0000-4000-8000-000000000000',
            source: { format: 'text', text: 'x' },
          },
          400,
          'outlet: no entity',
        ],
      ]
      for (const [payload, status, names] of cases) {
        const res = await post('/api/v1/articles', payload)
        expect({ payload, status: res.statusCode }).toEqual({ payload, status })
        expect(ErrorSchema.parse(res.json()).message).toContain(names)
      }
      const [person] = await db().select().from(entities).where(eq(entities.kind, 'person'))
      const res = await post('/api/v1/articles', {
        title: 'x',
        outlet: person?.id,
        source: { format: 'text', text: 'x' },
      })
      expect(res.statusCode).toBe(400)
      expect(ErrorSchema.parse(res.json()).message).toMatch(/^outlet: .* is a person, not an outlet$/)
    })

    it('refuses a text over 2 MiB with a 400 and a body over the route limit with a 413', async () => {
      const long = await post('/api/v1/articles', {
        title: 'Too long',
        source: { format: 'text', text: 'a'.repeat(MAX_ARTICLE_SOURCE_LENGTH + 1) },
      })
      expect(long.statusCode).toBe(400)
      expect(ErrorSchema.parse(long.json()).message).toContain('body.source.text')

      // Within the limit even where every character takes three bytes in UTF-8.
      const curly = await post('/api/v1/articles', {
        title: 'Long but fine',
        source: { format: 'text', text: '“'.repeat(MAX_ARTICLE_SOURCE_LENGTH) },
      })
      expect(curly.statusCode).toBe(201)

      const huge = await post('/api/v1/articles', {
        title: 'Far too big',
        source: { format: 'html', html: '<p>€</p>'.repeat(1_000_000) },
      })
      expect(huge.statusCode).toBe(413)
      const error = ErrorSchema.parse(huge.json())
      expect(error.code).toBe('FST_ERR_CTP_BODY_TOO_LARGE')
      expect(error.requestId).toBe(huge.headers['x-request-id'])
    })

    it('answers 401 to anonymous and expired callers, and 403 without the CSRF token', async () => {
      const payload = { title: 'x', source: { format: 'text', text: 'x' } }
      const anonymous = await post('/api/v1/articles', payload, null)
      expect(anonymous.statusCode).toBe(401)
      expect(ErrorSchema.parse(anonymous.json()).code).toBe('UNAUTHORIZED')
      const forged = await t.app.inject({
        method: 'POST',
        url: '/api/v1/articles',
        payload,
        headers: { cookie: 'claimtrail_session=forged', 'x-csrf-token': 'x' },
      })
      expect(forged.statusCode).toBe(401)
      expect(ErrorSchema.parse(forged.json()).code).toBe('SESSION_EXPIRED')
      const noCsrf = await t.app.inject({
        method: 'POST',
        url: '/api/v1/articles',
        payload,
        headers: { cookie: checker.cookie },
      })
      expect(noCsrf.statusCode).toBe(403)
      expect(ErrorSchema.parse(noCsrf.json()).code).toBe('CSRF')
      const articleId = await demoArticleId()
      for (const url of [
        `/api/v1/articles/${articleId}/versions`,
        `/api/v1/articles/${articleId}/versions/1`,
        `/api/v1/articles/${articleId}/orphans`,
      ]) {
        const res = await get(url, null)
        expect({ url, status: res.statusCode }).toEqual({ url, status: 401 })
      }
      expect(
        (await post(`/api/v1/articles/${articleId}/versions`, { source: payload.source }, null)).statusCode,
      ).toBe(401)
    })
  })

  describe('fetching an article from a URL', () => {
    it('fetches, follows a redirect, un-gzips and extracts the page, and keeps where it was found', async () => {
      const res = await post('/api/v1/articles', {
        title: 'Council votes to close Elm Street library',
        source: { format: 'url', url: `${pages.base}/old-address` },
      })
      expect(res.statusCode).toBe(201)
      const created = CreatedArticleSchema.parse(res.json())
      expect(created.article.url).toBe(`${pages.base}/article`)
      expect(created.version.sourceFormat).toBe('url')
      const [row] = await db()
        .select()
        .from(articleVersions)
        .where(eq(articleVersions.id, created.version.id))
      expect(row?.body).toBe(['Council votes to close Elm Street library', ...PARAGRAPHS].join('\n\n'))
      const [imported] = await eventsFor(created.version.id)
      expect(imported?.after).toMatchObject({ fetchedUrl: `${pages.base}/article`, sourceFormat: 'url' })
    })

    it('takes plain text as it is, decoded by its charset, from a host name or an address', async () => {
      for (const [base, path, text] of [
        [pages.base.replace('127.0.0.1', 'localhost'), '/plain', 'A plain text bulletin.\nSecond line.'],
        [pages.base, '/latin1', '“Café”'],
      ] as const) {
        const res = await post('/api/v1/articles', {
          title: path,
          source: { format: 'url', url: `${base}${path}` },
        })
        expect(res.statusCode).toBe(201)
        const created = CreatedArticleSchema.parse(res.json())
        const [row] = await db()
          .select()
          .from(articleVersions)
          .where(eq(articleVersions.id, created.version.id))
        expect(row?.body).toBe(text)
      }
    })

    it('answers what went wrong when a page cannot be used, and writes nothing', async () => {
      const before = (await db().select().from(articles)).length
      const cases: [string, number, string, RegExp][] = [
        ['/big', 422, 'TOO_LARGE', /larger than the 100000 bytes/],
        ['/gzip-bomb', 422, 'TOO_LARGE', /larger than the 100000 bytes/],
        ['/image', 422, 'UNSUPPORTED_CONTENT', /is image\/png, not an HTML page or plain text/],
        ['/empty', 422, 'NO_TEXT', /has no readable article text/],
        ['/missing', 502, 'FETCH_FAILED', /answered HTTP 404/],
        ['/loop', 502, 'FETCH_FAILED', /redirected more than 5 times/],
        ['/slow-headers', 502, 'FETCH_FAILED', /did not answer within 700 ms/],
        ['/slow-body', 502, 'FETCH_FAILED', /within 700 ms/],
        ['/to-ftp', 400, 'INVALID', /^source\.url: only http and https URLs can be fetched, not ftp:/],
      ]
      for (const [path, status, code, message] of cases) {
        const started = Date.now()
        const res = await post('/api/v1/articles', {
          title: path,
          source: { format: 'url', url: `${pages.base}${path}` },
        })
        const body = ErrorSchema.parse(res.json())
        expect({ path, status: res.statusCode, code: body.code }).toEqual({ path, status, code })
        expect(body.message).toMatch(message)
        expect(Date.now() - started).toBeLessThan(5_000)
      }
      const closed = await post('/api/v1/articles', {
        title: 'x',
        source: { format: 'url', url: 'http://127.0.0.1:1/' },
      })
      expect(closed.statusCode).toBe(502)
      expect(ErrorSchema.parse(closed.json()).message).toContain('the connection was refused')
      expect(await db().select().from(articles)).toHaveLength(before)
    })

    it('refuses loopback and private addresses unless the configuration allows them', async () => {
      // The same database, the default configuration: FETCH_ALLOW_PRIVATE is false.
      const guarded = await buildApp({ config: testConfig(), database: t.db.handle })
      await guarded.ready()
      try {
        const port = new URL(pages.base).port
        for (const url of [
          `http://127.0.0.1:${port}/article`,
          `http://localhost:${port}/article`,
          `http://[::1]:${port}/article`,
          `http://[::ffff:127.0.0.1]:${port}/article`,
          'http://169.254.169.254/latest/meta-data/',
          'http://10.0.0.8/',
          `http://2130706433:${port}/article`, // 127.0.0.1 as a number
        ]) {
          const res = await post(
            '/api/v1/articles',
            { title: 'x', source: { format: 'url', url } },
            checker,
            guarded,
          )
          expect({ url, status: res.statusCode }).toEqual({ url, status: 400 })
          const body = ErrorSchema.parse(res.json())
          expect(body.code).toBe('INVALID')
          expect(body.message).toMatch(
            /^source\.url: .+ is a private, loopback or link-local address \(.+\); only public addresses can be fetched$/,
          )
        }
      } finally {
        await guarded.close()
      }
    })
  })

  describe('importing new versions of the demo article', () => {
    // Three edits an outlet might make after publication.
    const inserted = 'Dong has denied every allegation through his lawyer. '
    const edited = DEMO_ARTICLE_TEXT
      // before a quote: everything after it moves
      .replace(
        'Citing unnamed “national security sources”',
        `${inserted}Citing unnamed “national security sources”`,
      )
      // inside a quote: found again by fuzzy search
      .replace('diplomat in February 2021', 'diplomat in Feb. 2021')
      // a response's words rewritten beyond recognition: their anchor is lost, the words kept
      .replace(
        'denied allegations that he pushed to delay their release',
        'rejected any suggestion of a delay',
      )
      // a quoted passage deleted: its claims become orphans
      .replace(`${DEMO_ARTICLE_TEXT.split('\n\n')[4]}\n\n`, '')

    let articleId: string
    let before: ClaimRow[]

    beforeAll(async () => {
      articleId = await demoArticleId()
      before = await db().select().from(claims).where(eq(claims.articleId, articleId))
    })

    it('makes no version when the text is the current one', async () => {
      const eventCount = (await db().select().from(events)).length
      const res = await post(`/api/v1/articles/${articleId}/versions`, {
        source: { format: 'text', text: DEMO_ARTICLE_TEXT },
      })
      expect(res.statusCode).toBe(200)
      const body = ImportedVersionSchema.parse(res.json())
      expect(body).toEqual({
        created: false,
        version: expect.objectContaining({
          number: 1,
          sha256: await sha256(DEMO_ARTICLE_TEXT),
          length: DEMO_ARTICLE_TEXT.length,
        }),
      })
      expect(
        await db().select().from(articleVersions).where(eq(articleVersions.articleId, articleId)),
      ).toHaveLength(1)
      expect(await db().select().from(events)).toHaveLength(eventCount)
    })

    it('imports an edited text as version 2 and re-anchors every claim, hop cue and response', async () => {
      expect(edited).not.toBe(DEMO_ARTICLE_TEXT)
      const res = await post(`/api/v1/articles/${articleId}/versions`, {
        source: { format: 'text', text: edited },
      })
      expect(res.statusCode).toBe(201)
      const body = ImportedVersionSchema.parse(res.json())
      if (!body.created) throw new Error('expected a new version')
      expect(body.version).toMatchObject({ number: 2, sha256: await sha256(edited), length: edited.length })

      const after = await db().select().from(claims).where(eq(claims.articleId, articleId))
      const byQuote = (start: string) => {
        const claim = after.find((c) => c.anchorExact.startsWith(start))
        if (!claim) throw new Error(`no claim anchored at ${start}`)
        return claim
      }
      const allegation = byQuote('Dong told a senior Chinese diplomat')
      const resignation = byQuote('announced his resignation')
      const sousa = before.find((c) => c.anchorExact.startsWith('Charles Sousa'))
      const elected = before.find((c) => c.anchorExact.startsWith('Dong was first elected'))
      const orphanIds = [sousa?.id, elected?.id].sort()

      // The counts add up to every claim, and each kind of edit shows in them.
      const { reanchored } = body
      expect(reanchored.position + reanchored.moved + reanchored.fuzzy + reanchored.orphaned).toBe(
        before.length,
      )
      expect(reanchored.orphaned).toBe(2)
      expect(reanchored.fuzzy).toBe(1)
      expect(reanchored.position).toBe(1) // the resignation, before every edit
      expect(reanchored.moved).toBe(before.length - 4)

      expectReanchored(after, { before, orphanIds, edited, versionId: body.version.id })
      expect(resignation.anchorStart).toBe(before.find((c) => c.id === resignation.id)?.anchorStart)
      expect(allegation.anchorExact).toBe(
        'Dong told a senior Chinese diplomat in Feb. 2021 that China would have to delay the release of Michael Kovrig and Michael Spavor',
      )

      // Hop cues moved with their claim and still point at their words.
      const hops = await db()
        .select({ hop: chainHops })
        .from(chainHops)
        .innerJoin(attributionChains, eq(attributionChains.id, chainHops.chainId))
        .where(eq(attributionChains.claimId, allegation.id))
      const cues = hops.map(({ hop }) => hop).filter((h) => h.cue)
      expect(cues.map((h) => h.cue).sort()).toEqual(['Citing', 'reported'])
      for (const hop of cues) {
        expect(edited.slice(hop.cueStart ?? 0, hop.cueEnd ?? 0)).toBe(hop.cue)
        expect(hop.version).toBe(2)
      }
      // Responses: moved where their words survive, unanchored (words kept) where they do not.
      const replies = await db().select().from(responses).where(eq(responses.claimId, allegation.id))
      const denial = replies.find((r) => r.words?.startsWith('denied allegations'))
      expect(denial).toMatchObject({ wordsStart: null, wordsEnd: null, version: 2 })
      for (const reply of replies.filter((r) => r !== denial)) {
        expect(edited.slice(reply.wordsStart ?? 0, reply.wordsEnd ?? 0)).toBe(reply.words)
      }

      // One claim.reanchored event per claim, with the anchors before and after and how it went.
      const reanchoredEvents = await db()
        .select()
        .from(events)
        .where(
          and(
            eq(events.action, 'claim.reanchored'),
            inArray(
              events.claimId,
              before.map((c) => c.id),
            ),
          ),
        )
      expect(reanchoredEvents).toHaveLength(before.length)
      const allegationEvent = reanchoredEvents.find((e) => e.claimId === allegation.id)
      expect(allegationEvent).toMatchObject({
        actorId: checker.user.id,
        subjectType: 'claim',
        subjectId: allegation.id,
        requestId: res.headers['x-request-id'],
        before: {
          anchor: { exact: before.find((c) => c.id === allegation.id)?.anchorExact, orphaned: false },
        },
        after: {
          status: 'fuzzy',
          errors: 5,
          anchor: { articleVersionId: body.version.id, exact: allegation.anchorExact, orphaned: false },
          responseWords: expect.arrayContaining([
            { id: denial?.id, before: expect.any(Object), after: null },
          ]),
        },
      })
      expect(new Set(reanchoredEvents.map((e) => (e.after as { status: string }).status))).toEqual(
        new Set(['position', 'moved', 'fuzzy', 'orphan']),
      )
      const [versionEvent] = await eventsFor(body.version.id)
      expect(versionEvent).toMatchObject({ action: 'article_version.imported', after: { number: 2 } })
      const [article] = await db().select().from(articles).where(eq(articles.id, articleId))
      expect(article?.version).toBe(2)
    })

    it('lists the versions and serves each one’s text', async () => {
      const list = ArticleVersionListSchema.parse(
        (await get(`/api/v1/articles/${articleId}/versions`)).json(),
      )
      expect(list.items.map((v) => [v.number, v.length, v.sourceFormat])).toEqual([
        [1, DEMO_ARTICLE_TEXT.length, 'text'],
        [2, edited.length, 'text'],
      ])
      const v1 = await get(`/api/v1/articles/${articleId}/versions/1`)
      expect(v1.statusCode).toBe(200)
      expect(ArticleVersionBodySchema.parse(v1.json()).body).toBe(DEMO_ARTICLE_TEXT)
      const v2 = ArticleVersionBodySchema.parse(
        (await get(`/api/v1/articles/${articleId}/versions/2`)).json(),
      )
      expect(v2).toMatchObject({ body: edited, id: list.items[1]?.id })

      const missing = await get(`/api/v1/articles/${articleId}/versions/9`)
      expect(missing.statusCode).toBe(404)
      expect(ErrorSchema.parse(missing.json()).message).toBe('Version 9 of this article not found')
      const nobody = await get('/api/v1/articles/00000000-0000-4000-8000-000000000000/versions')
      expect(nobody.statusCode).toBe(404)
      expect((await get(`/api/v1/articles/${articleId}/versions/zero`)).statusCode).toBe(400)
    })

    it('lists the orphans for a human to re-anchor', async () => {
      const res = await get(`/api/v1/articles/${articleId}/orphans`)
      expect(res.statusCode).toBe(200)
      const body = OrphanListSchema.parse(res.json())
      expect(body.currentVersionNumber).toBe(2)
      expect(body.items.map((o) => o.anchor.exact).sort()).toEqual([
        'Charles Sousa, who worked with Dong in the Ontario legislature',
        'Dong was first elected at the federal level in 2018',
      ])
      for (const orphan of body.items) {
        expect(orphan).toMatchObject({ anchorVersionNumber: 1, anchor: { orphaned: true } })
        expect(DEMO_ARTICLE_TEXT.slice(orphan.anchor.start, orphan.anchor.end)).toBe(orphan.anchor.exact)
      }
      // The reader never sees unpublished work, nor this desk list.
      expect((await get(`/api/v1/articles/${articleId}/orphans`, null)).statusCode).toBe(401)
    })

    it('gives orphans another chance when a later version restores their passage', async () => {
      const res = await post(`/api/v1/articles/${articleId}/versions`, {
        source: { format: 'text', text: DEMO_ARTICLE_TEXT },
      })
      expect(res.statusCode).toBe(201)
      const body = ImportedVersionSchema.parse(res.json())
      if (!body.created) throw new Error('expected a new version')
      expect(body.version.number).toBe(3)
      expect(body.reanchored.orphaned).toBe(0)
      const orphans = OrphanListSchema.parse((await get(`/api/v1/articles/${articleId}/orphans`)).json())
      expect(orphans).toEqual({ currentVersionNumber: 3, items: [] })
      const restored = await db().select().from(claims).where(eq(claims.articleId, articleId))
      for (const claim of restored) {
        expect(claim.articleVersionId).toBe(body.version.id)
        expect(DEMO_ARTICLE_TEXT.slice(claim.anchorStart, claim.anchorEnd)).toBe(claim.anchorExact)
      }
    })

    it('answers 404 for the versions of an unknown article without fetching anything', async () => {
      const res = await post('/api/v1/articles/00000000-0000-4000-8000-000000000000/versions', {
        source: { format: 'url', url: `${pages.base}/slow-headers` },
      })
      expect(res.statusCode).toBe(404)
      expect(ErrorSchema.parse(res.json()).message).toBe('Article not found')
    })
  })

  describe('listing articles a page at a time', () => {
    it('pages with an opaque cursor and searches titles and outlets, case-insensitively', async () => {
      const ids: string[] = []
      for (const title of ['Paging alpha 100%', 'Paging beta', 'Paging gamma']) {
        const res = await post('/api/v1/articles', {
          title,
          source: { format: 'text', text: `${title} text` },
        })
        ids.unshift(CreatedArticleSchema.parse(res.json()).article.id)
      }
      const first = await get('/api/v1/articles?q=PAGING&limit=2')
      expect(first.statusCode).toBe(200)
      const page1 = ArticleListSchema.parse(first.json())
      expect(page1.items.map((a) => a.id)).toEqual(ids.slice(0, 2))
      expect(page1.nextCursor).toEqual(expect.any(String))
      const page2 = ArticleListSchema.parse(
        (
          await get(`/api/v1/articles?q=paging&limit=2&cursor=${encodeURIComponent(page1.nextCursor ?? '')}`)
        ).json(),
      )
      expect(page2).toEqual({
        items: [expect.objectContaining({ id: ids[2], title: 'Paging alpha 100%' })],
        nextCursor: null,
      })

      // LIKE wildcards in q are matched literally.
      const percent = ArticleListSchema.parse((await get('/api/v1/articles?q=100%25')).json())
      expect(percent.items.map((a) => a.title)).toEqual(['Paging alpha 100%'])
      const byOutlet = ArticleListSchema.parse(
        (await get('/api/v1/articles?q=corriere%20CANADESE&limit=100')).json(),
      )
      expect(byOutlet.items.length).toBeGreaterThanOrEqual(2)
      expect(byOutlet.items.every((a) => a.outlet === 'Corriere Canadese')).toBe(true)

      // Walking every page visits every article once, newest first.
      const all = await db().select().from(articles)
      const seen: string[] = []
      let cursor: string | null = null
      do {
        const url: string = `/api/v1/articles?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
        const page = ArticleListSchema.parse((await get(url)).json())
        seen.push(...page.items.map((a) => a.id))
        cursor = page.nextCursor
      } while (cursor)
      expect(seen.sort()).toEqual(all.map((a) => a.id).sort())

      // A reader only sees articles with published claims: none of these.
      const reader = ArticleListSchema.parse((await get('/api/v1/articles?q=paging', null)).json())
      expect(reader).toEqual({ items: [], nextCursor: null })
      const readerAll = ArticleListSchema.parse((await get('/api/v1/articles', null)).json())
      expect(readerAll.items.map((a) => a.title)).toEqual([DEMO_ARTICLE_TEXT.split('\n')[0]])
    })

    it('refuses a bad limit, cursor or unknown parameter with a 400 naming it', async () => {
      for (const [query, names] of [
        ['limit=0', 'querystring.limit'],
        ['limit=101', 'querystring.limit'],
        ['cursor=not-a-cursor', 'cursor'],
        [`cursor=${Buffer.from('["2024-01-01", "x"]').toString('base64url')}`, 'cursor'],
        ['sort=title', 'querystring'],
      ] as const) {
        const res = await get(`/api/v1/articles?${query}`)
        expect({ query, status: res.statusCode }).toEqual({ query, status: 400 })
        expect(ErrorSchema.parse(res.json()).message).toContain(names)
      }
    })
  })
})
