import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CreatedArticleSchema } from '@claimtrail/contracts'
import { expectNoA11yViolations } from '../a11y.ts'
import { expect, test } from '../fixtures.ts'

// Sources watched (ADR 021): an article imported from a web address is checked again, here with
// "Check now" rather than the schedule. The page is served from this test on 127.0.0.1, which the
// e2e server may fetch (FETCH_ALLOW_PRIVATE in playwright.config.ts), and changes between checks.
test.use({ loggedInAs: 'editor' })

const page1 = (title: string, cost: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><article><h1>${title}</h1>
<p>The water board said on Monday that replacing the lead pipes on Elm Street would cost ${cost} dollars.</p>
<p>Councillor Ruth Okafor told reporters the board had never published its estimate.</p>
</article></body></html>`

let server: Server
let body = ''
let pageUrl = ''

test.beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(body)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/elm-street-pipes`
})

test.afterAll(async () => {
  server.close()
  await once(server, 'close')
})

test('an editor checks a watched article now and sees its text changed into a new version', async ({
  page,
  request,
}, testInfo) => {
  const title = `Elm Street pipes ${testInfo.workerIndex}-${Date.now()}`
  body = page1(title, '3 million')
  const csrf = (await (await request.get('/api/v1/auth/csrf')).json()) as { token: string }
  const created = await request.post('/api/v1/articles', {
    headers: { 'x-csrf-token': csrf.token },
    data: { title, url: pageUrl, source: { format: 'url', url: pageUrl } },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { article } = CreatedArticleSchema.parse(await created.json())

  await page.goto('/articles')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Watch' }).click()
  await expect(page).toHaveURL(/\/watch$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Watch' })).toBeVisible()
  const row = page
    .getByRole('table', { name: 'Watched sources' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: title }) })
  await expect(row).toHaveCount(1)
  await expect(row.getByRole('link', { name: title })).toHaveAttribute('href', `/articles/${article.id}`)

  // The page changes; "Check now" finds it and makes the article's next version.
  body = page1(title, '9 million')
  await row.getByRole('button', { name: `Check ${title} now` }).click()
  await expect(row).toContainText('Checked: the text changed.')
  await expect(row).toContainText('Text changed: now version 2')
  await expect(row).toContainText('Online')

  // An article's change is its new version (an evidence link's would show a diff); the editor
  // acknowledges it.
  await expectNoA11yViolations(page)
  await row.getByRole('button', { name: `Acknowledge the change to ${title}` }).click()
  await expect(row).toContainText('Acknowledged by')

  // A second check of an unchanged page changes nothing.
  await row.getByRole('button', { name: `Check ${title} now` }).click()
  await expect(row).toContainText('Checked: nothing changed.')
})
