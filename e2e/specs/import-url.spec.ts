import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from '../fixtures.ts'

// Importing from a web address runs the fetch and the main-text extraction worker of the server as
// it ships (the compiled build, ADR 010). The page is served from this test on 127.0.0.1, which the
// e2e server may fetch (FETCH_ALLOW_PRIVATE in playwright.config.ts).
test.use({ loggedInAs: 'checker' })

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour dredging row</title></head>
<body>
  <nav><a href="/">Home</a> · <a href="/news">News</a> · Subscribe for the morning briefing</nav>
  <article>
    <h1>Harbour dredging row deepens</h1>
    <p>The port authority said on Tuesday that dredging the eastern harbour would cost 40 million dollars, twice the figure the council published in March.</p>
    <p>Councillor Amira Haddad told reporters the authority had “never shown its working” and asked for the engineers’ survey to be released in full.</p>
    <p>A spokesperson for the authority denied that the survey had been withheld, saying it would be published once the review ends.</p>
  </article>
  <footer>© The Harbour Herald · Cookie settings · Privacy</footer>
</body></html>`

let server: Server
let pageUrl = ''

test.beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(PAGE)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/harbour-dredging`
})

test.afterAll(async () => {
  server.close()
  await once(server, 'close')
})

test('an article imported from a web address keeps its main text and drops the page’s chrome', async ({
  page,
}) => {
  const title = `Harbour ${test.info().workerIndex}-${Date.now()}`
  await page.goto('/desk')
  const form = page.getByRole('region', { name: 'Import an article' })
  await form.getByRole('textbox', { name: 'Title' }).fill(title)
  // Clicked where a user clicks: the option's words (the radio input itself is visually hidden).
  await form.getByText('From a web address').click()
  await expect(form.getByRole('radio', { name: 'From a web address' })).toBeChecked()
  await form.getByRole('textbox', { name: 'Web address' }).fill(pageUrl)
  await form.getByRole('button', { name: 'Import article' }).click()

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const text = page.getByRole('region', { name: 'Article text' })
  await expect(text.getByText(/twice the figure the council published in March/)).toBeVisible()
  await expect(text.getByText(/never shown its working/)).toBeVisible()
  await expect(text).not.toContainText('Subscribe for the morning briefing')
  await expect(text).not.toContainText('Cookie settings')
})
