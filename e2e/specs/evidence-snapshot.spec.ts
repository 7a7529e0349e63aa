import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  type ClaimDetail,
  ClaimDetailSchema,
  CreatedArticleSchema,
  RatingScaleListSchema,
} from '@claimtrail/contracts'
import { DEMO_ARTICLE_TEXT } from '@claimtrail/db'
import type { APIRequestContext } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

// Evidence snapshots for readers (ADR 020, PUBLIC_SNAPSHOTS=text by default): the public claim page
// shows the capture its publication froze, "captured <date> · sha256 <12 hex>", linked to the
// capture's text served as inert plain text. The evidence page is served from this test on
// 127.0.0.1, which the e2e server may fetch (FETCH_ALLOW_PRIVATE in playwright.config.ts).
test.use({ loggedInAs: 'editor' })

const SENTENCE = 'The Clerk of the House confirmed that the member spoke on 22 March 2023.'
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hansard</title>
<script>document.title = "live script ran"</script></head>
<body><nav>Menu</nav><main><article><h1>House of Commons, 22 March 2023</h1>
<p>${SENTENCE} The record of the sitting was published the following morning, as the rules require.</p>
<p>Members asked that the statement be entered in the record in full, and the Speaker agreed to it.</p>
</article></main></body></html>`

let server: Server
let evidenceUrl = ''

test.beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(PAGE)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  evidenceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hansard`
})

test.afterAll(async () => {
  server.close()
  await once(server, 'close')
})

/** A claim on a fresh copy of the demo article with captured evidence, published, as the editor. */
async function publishedWithEvidence(request: APIRequestContext, title: string): Promise<ClaimDetail> {
  const csrf = (await (await request.get('/api/v1/auth/csrf')).json()) as { token: string }
  const headers = { 'x-csrf-token': csrf.token }
  const send = async (method: 'post' | 'patch', path: string, data: object): Promise<ClaimDetail> => {
    const response = await request[method](`/api/v1${path}`, { headers, data })
    expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300)
    return ClaimDetailSchema.parse(await response.json())
  }
  const created = await request.post('/api/v1/articles', {
    headers,
    data: { title, source: { format: 'text', text: DEMO_ARTICLE_TEXT } },
  })
  expect(created.status()).toBe(201)
  const { article } = CreatedArticleSchema.parse(await created.json())
  const text = (
    (await (await request.get(`/api/v1/articles/${article.id}`)).json()) as { version: { body: string } }
  ).version.body
  const words = 'Han Dong has thrown in the towel.'
  const start = text.indexOf(words)
  expect(start).toBeGreaterThanOrEqual(0)
  let claim = await send('post', `/articles/${article.id}/claims`, {
    start,
    end: start + words.length,
    exact: words,
    statement: 'Han Dong resigned from the Liberal caucus in March 2023.',
    headline: title,
    kind: 'statement_of_fact',
  })
  claim = await send('post', `/claims/${claim.id}/evidence`, {
    relation: 'supports',
    title: 'Hansard, 22 March 2023',
    url: evidenceUrl,
  })
  // The capture runs as a job: wait for it before publishing, so the record freezes it.
  await expect
    .poll(async () => {
      const detail = ClaimDetailSchema.parse(await (await request.get(`/api/v1/claims/${claim.id}`)).json())
      return detail.evidence[0]?.capture?.status
    })
    .toBe('ok')
  claim = ClaimDetailSchema.parse(await (await request.get(`/api/v1/claims/${claim.id}`)).json())
  const scales = RatingScaleListSchema.parse(await (await request.get('/api/v1/rating-scales')).json())
  const scale = scales.items.find((s) => s.isDefault) ?? scales.items[0]
  const accurate = scale?.ratings.find((r) => r.label === 'Accurate' && !r.retired)
  claim = await send('patch', `/claims/${claim.id}`, {
    version: claim.version,
    verdictRatingId: accurate?.id,
    rationale: 'The Hansard record of the sitting says so.',
  })
  for (const step of ['submit', 'approve', 'publish'])
    claim = await send('post', `/claims/${claim.id}/${step}`, { version: claim.version })
  expect(claim.status).toBe('published')
  return claim
}

test('a reader sees the capture line on the public claim page and its link opens the captured text', async ({
  request,
  browser,
}, testInfo) => {
  const title = `Dong resigned, with Hansard ${testInfo.workerIndex}-${Date.now()}`
  const claim = await publishedWithEvidence(request, title)
  const sha256 = claim.evidence[0]?.capture?.sha256 ?? ''
  expect(sha256).toMatch(/^[0-9a-f]{64}$/)

  // A reader without a session, and without JavaScript: the page is rendered on the server.
  const reader = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    storageState: { cookies: [], origins: [] },
    javaScriptEnabled: false,
  })
  try {
    const page = await reader.newPage()
    await page.goto(`/ledger/claims/${claim.id}`)
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    const evidence = page.getByRole('region', { name: 'Evidence' })
    const line = evidence.getByRole('link', {
      name: new RegExp(`captured .+ · sha256 ${sha256.slice(0, 12)}`),
    })
    await expect(line).toBeVisible()
    await expect(line).toHaveAttribute(
      'href',
      `/api/v1/public/claims/${claim.id}/evidence/${claim.evidence[0]?.id}/snapshot`,
    )

    // The link opens the text of the page as captured: plain text, nothing of it runs.
    const [response] = await Promise.all([page.waitForResponse(/\/snapshot$/), line.click()])
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8')
    expect(response.headers()['content-security-policy']).toBe("sandbox; default-src 'none'")
    await expect(page).toHaveURL(new RegExp(`/evidence/${claim.evidence[0]?.id}/snapshot$`))
    await expect(page.locator('body')).toContainText(SENTENCE)
    await expect(page.locator('body')).not.toContainText('live script ran')
    expect(await page.title()).not.toBe('live script ran')
  } finally {
    await reader.close()
  }
})
