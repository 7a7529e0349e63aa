/// <reference lib="dom" />
// (Some helpers run in the browser: page.evaluate callbacks use the DOM.)
import {
  type ArticleDetail,
  ArticleDetailSchema,
  ClaimDetailSchema,
  CreatedArticleSchema,
} from '@claimtrail/contracts'
import { DEMO_ARTICLE_TEXT } from '@claimtrail/db'
import type { APIRequestContext, Locator, Page, TestInfo } from '@playwright/test'
import { expectNoA11yViolations } from '../a11y.ts'
import { expect, loadDemoArticle, test } from '../fixtures.ts'

// The fact-checker's workspace. Tests that write work on their own copy of the demo text,
// imported per test: the demo article's claims are counted by other specs running alongside.
test.use({ loggedInAs: 'checker' })

const CLAIM_WORDS =
  'Dong told a senior Chinese diplomat in February 2021 that China would have to delay the release of Michael Kovrig and Michael Spavor'
const DENIAL_WORDS = 'denied allegations that he pushed to delay their release'

const articleText = (page: Page) => page.getByRole('region', { name: 'Article text' })
const panel = (page: Page) => page.getByRole('complementary', { name: 'Claims' })

async function csrf(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/auth/csrf')
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** A fresh copy of the demo article, imported through the API. */
async function importCopy(request: APIRequestContext, testInfo: TestInfo): Promise<ArticleDetail> {
  const title = `Workspace copy ${testInfo.workerIndex}-${testInfo.testId}-${Date.now()}`
  const created = await request.post('/api/v1/articles', {
    headers: { 'x-csrf-token': await csrf(request) },
    data: { title, source: { format: 'text', text: DEMO_ARTICLE_TEXT } },
  })
  expect(created.status()).toBe(201)
  const { article } = CreatedArticleSchema.parse(await created.json())
  const detail = await request.get(`/api/v1/articles/${article.id}`)
  return ArticleDetailSchema.parse(await detail.json())
}

/** Selects `words` in the article text by dragging the mouse from their first to their last letter. */
async function selectWithMouse(page: Page, container: Locator, words: string) {
  const box = await container.evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    let all = ''
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text)
      all += (n as Text).data
    }
    const at = all.indexOf(text)
    if (at < 0) throw new Error(`not in the text: ${text}`)
    const point = (offset: number) => {
      let rest = offset
      for (const node of nodes) {
        if (rest < node.data.length) return { node, offset: rest }
        rest -= node.data.length
      }
      throw new Error('offset past the text')
    }
    const rectOf = (offset: number) => {
      const { node, offset: o } = point(offset)
      const range = document.createRange()
      range.setStart(node, o)
      range.setEnd(node, o + 1)
      return range.getClientRects()[0] as DOMRect
    }
    const first = point(at)
    first.node.parentElement?.scrollIntoView({ block: 'center' })
    const a = rectOf(at)
    const b = rectOf(at + text.length - 1)
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 }
  }, words)
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 })
  await page.mouse.move(box.x2, box.y2, { steps: 4 })
  await page.mouse.up()
  await expect(page.getByText('Selected:')).toBeVisible()
}

async function pickEntity(page: Page, scope: Locator, label: string, typed: string, option: RegExp) {
  const input = scope.getByRole('combobox', { name: label })
  await input.click()
  await input.pressSequentially(typed)
  // Chosen with the arrow keys: a click may scroll the panel, which closes the list (react-aria
  // closes a popover whose trigger scrolls away).
  const wanted = page.getByRole('option', { name: option })
  await expect(wanted).toBeVisible()
  const wantedId = await wanted.getAttribute('id')
  for (let i = 0; i < 12 && (await input.getAttribute('aria-activedescendant')) !== wantedId; i++) {
    await input.press('ArrowDown')
  }
  await input.press('Enter')
  await expect(wanted).toHaveCount(0)
}

test('a checker marks a claim with the mouse, builds a two-hop chain, records a denial and submits it', async ({
  page,
  request,
}, testInfo) => {
  // The whole of a checker's work on one claim: longer than the default 30 s on a loaded machine.
  test.setTimeout(90_000)
  const article = await importCopy(request, testInfo)
  await page.goto(`/desk/articles/${article.id}`)
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()

  // Select the claim's words in the text and open the editor on them.
  await selectWithMouse(page, articleText(page), CLAIM_WORDS)
  await page.getByRole('button', { name: 'New claim from selection' }).click()
  await expect(panel(page).getByRole('heading', { name: 'New claim' })).toBeVisible()
  await expect(panel(page).getByRole('textbox', { name: 'Quote from the article' })).toHaveValue(CLAIM_WORDS)

  // An empty statement is refused next to the field; nothing typed is lost.
  const headline = 'Dong urged a diplomat to delay the two Michaels’ release'
  await panel(page).getByRole('textbox', { name: 'Headline' }).fill(headline)
  await panel(page).getByRole('button', { name: 'Create claim' }).click()
  await expect(panel(page).getByRole('alert').filter({ hasText: 'Write the claim as a plain' })).toBeVisible()
  await expect(panel(page).getByRole('textbox', { name: 'Headline' })).toHaveValue(headline)
  await expect(panel(page).getByText(`${headline.length} of 75 characters`)).toBeVisible()

  await panel(page)
    .getByRole('textbox', { name: 'Statement' })
    .fill(
      'Han Dong told a senior Chinese diplomat in February 2021 that China should delay releasing the two Michaels.',
    )
  await panel(page)
    .getByRole('button', { name: / Kind$/ })
    .click()
  await page.getByRole('option', { name: 'Allegation' }).click()
  await pickEntity(page, panel(page), 'About', 'Han Do', /^Han Dong/)
  await expect(panel(page).getByRole('list', { name: 'About: chosen' })).toContainText('Han Dong')
  await panel(page).getByRole('button', { name: 'Create claim' }).click()

  // The claim is highlighted in the text and its editor is open.
  await expect(panel(page).getByRole('heading', { level: 2, name: headline })).toBeVisible()
  await expect(articleText(page).getByRole('button', { name: `Claim: ${headline}` })).toBeVisible()
  await expect(panel(page).getByText('Draft', { exact: true })).toBeVisible()

  // A two-hop chain: anonymous origin, cue selected in the text → Global News, cue typed.
  await panel(page).getByRole('button', { name: 'Add a chain' }).click()
  await pickEntity(
    page,
    panel(page),
    'Hop 1 entity',
    'Unnamed national',
    /^Unnamed national security sources/,
  )
  await selectWithMouse(page, articleText(page), 'Citing')
  await panel(page).getByRole('button', { name: 'Use selected text as hop 1 cue' }).click()
  await expect(panel(page).getByRole('textbox', { name: 'Hop 1 cue words' })).toHaveValue('Citing')
  await pickEntity(page, panel(page), 'Hop 2 entity', 'Global N', /^Global News/)
  await panel(page)
    .getByRole('button', { name: / Hop 2 role$/ })
    .click()
  await page.getByRole('option', { name: 'Relay' }).click()
  await panel(page).getByRole('textbox', { name: 'Hop 2 cue words' }).fill('reported')
  // The graph is drawn as the chain is built.
  const preview = panel(page).getByRole('region', { name: 'Preview of the chain' })
  await expect(preview.getByRole('list', { name: /origin first/ }).locator(':scope > li')).toHaveCount(2)
  await panel(page).getByRole('button', { name: 'Save chain' }).click()

  const graph = panel(page).getByRole('list', { name: 'Attribution chain, origin first' })
  await expect(graph.locator(':scope > li')).toHaveCount(2)
  await expect(graph.locator(':scope > li').first()).toContainText('Unnamed national security sources')
  await expect(graph.locator(':scope > li').first()).toContainText('Anonymous')
  await expect(graph.locator(':scope > li').nth(1)).toContainText('Global News')
  await expect(graph.getByText('Citing', { exact: true })).toBeVisible()

  // A denial, its words anchored by selecting them.
  await panel(page).getByRole('button', { name: 'Add a response' }).click()
  await expect(panel(page).getByRole('combobox', { name: 'Who responded' })).toHaveValue('Han Dong')
  await selectWithMouse(page, articleText(page), DENIAL_WORDS)
  await panel(page).getByRole('button', { name: 'Use selected text as their words' }).click()
  await panel(page)
    .getByRole('textbox', { name: 'Part of the claim it answers' })
    .fill('That he urged China to delay their release')
  await panel(page).getByRole('button', { name: 'Save response' }).click()
  const responses = panel(page).getByRole('region', { name: 'Responses' })
  await expect(responses.getByRole('group', { name: 'New response' })).toHaveCount(0)
  const denial = responses.getByRole('listitem').filter({ hasText: DENIAL_WORDS })
  await expect(denial.getByText('Denies', { exact: true })).toBeVisible()
  await expect(denial).toContainText('On: That he urged China to delay their release')

  await page.screenshot({ path: testInfo.outputPath('claim-editor.png'), fullPage: true })
  await testInfo.attach('claim editor', {
    path: testInfo.outputPath('claim-editor.png'),
    contentType: 'image/png',
  })

  // The API has it all, anchored where it was selected.
  const claimId = new URL(page.url()).searchParams.get('claim')
  const saved = ClaimDetailSchema.parse(await (await request.get(`/api/v1/claims/${claimId}`)).json())
  expect(saved.anchor.exact).toBe(CLAIM_WORDS)
  const body = article.version.body
  const [origin] = saved.chains[0]?.hops ?? []
  expect(origin && body.slice(origin.cueStart ?? 0, origin.cueEnd ?? 0)).toBe('Citing')
  expect(saved.responses[0]?.start).toBe(body.indexOf(DENIAL_WORDS))

  // Submit for review from the editor; the claim shows in the queue.
  await panel(page).getByRole('button', { name: 'Submit for review' }).click()
  await expect(panel(page).getByRole('status')).toHaveText('Submitted for review.')
  await expect(panel(page).getByText('In review', { exact: true })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My queue' }).click()
  const assigned = page.getByRole('region', { name: /Assigned to me/ })
  await expect(assigned.getByRole('link', { name: headline })).toBeVisible()
})

test('a claim is created with the keyboard alone', async ({ page, request }, testInfo) => {
  const article = await importCopy(request, testInfo)
  await page.goto(`/desk/articles/${article.id}`)
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()

  await page.keyboard.press('n')
  const quote = panel(page).getByRole('textbox', { name: 'Quote from the article' })
  await expect(quote).toBeFocused()
  await page.keyboard.type('Han Dong has thrown in the towel.')
  await expect(panel(page).getByText('Found in the text.')).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.type('Han Dong resigned from the Liberal caucus.')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Dong resigned from the Liberal caucus')
  await page.keyboard.press('Enter')

  await expect(
    panel(page).getByRole('heading', { level: 2, name: 'Dong resigned from the Liberal caucus' }),
  ).toBeVisible()
  await expect(
    articleText(page).getByRole('button', { name: 'Claim: Dong resigned from the Liberal caucus' }),
  ).toBeVisible()
})

test('importing pasted text shows progress, refuses a double submit and opens the workspace', async ({
  page,
}) => {
  const title = `Imported ${test.info().workerIndex}-${Date.now()}`
  const posts: string[] = []
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route('**/api/v1/articles', async (route) => {
    if (route.request().method() !== 'POST') return route.continue()
    posts.push(route.request().url())
    await held
    await route.continue()
  })

  await page.goto('/desk')
  await expect(page.getByRole('heading', { level: 1, name: 'My queue' })).toBeVisible()
  const form = page.getByRole('region', { name: 'Import an article' })
  await form.getByRole('textbox', { name: 'Title' }).fill(title)
  await expect(form.getByRole('radio', { name: 'Paste text' })).toBeChecked()
  await form.getByRole('textbox', { name: 'Article text' }).fill(DEMO_ARTICLE_TEXT)
  await form.getByRole('button', { name: 'Import article' }).click()
  await expect(form.getByRole('progressbar', { name: 'Importing the article…' })).toBeVisible()
  await form.getByRole('button', { name: /Importing/ }).click({ force: true })
  release()

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page).toHaveURL(/\/desk\/articles\/[0-9a-f-]{36}$/)
  await expect(articleText(page).getByText('Han Dong has thrown in the towel.')).toBeVisible()
  expect(posts).toHaveLength(1)
})

test('an edit to a claim someone else changed first shows the conflict, with reload and re-apply', async ({
  page,
  request,
  browser,
  sessionFile,
}, testInfo) => {
  const article = await importCopy(request, testInfo)
  const words = 'Han Dong has thrown in the towel.'
  const start = article.version.body.indexOf(words)
  const created = await request.post(`/api/v1/articles/${article.id}/claims`, {
    headers: { 'x-csrf-token': await csrf(request) },
    data: {
      start,
      end: start + words.length,
      exact: words,
      statement: 'Han Dong resigned from the Liberal caucus.',
      headline: 'Dong resigned',
      kind: 'statement_of_fact',
    },
  })
  expect(created.status()).toBe(201)
  const claim = ClaimDetailSchema.parse(await created.json())

  // The checker opens the claim (reading version 1)...
  await page.goto(`/desk/articles/${article.id}?claim=${claim.id}`)
  const headline = panel(page).getByRole('textbox', { name: 'Headline' })
  await expect(headline).toHaveValue('Dong resigned')

  // ...an editor, in a second browser, saves it first...
  const other = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    storageState: await sessionFile('editor'),
  })
  try {
    const otherPage = await other.newPage()
    await otherPage.goto(`/desk/articles/${article.id}?claim=${claim.id}`)
    const otherHeadline = panel(otherPage).getByRole('textbox', { name: 'Headline' })
    await expect(otherHeadline).toHaveValue('Dong resigned')
    await otherHeadline.fill('Dong left the caucus')
    await panel(otherPage).getByRole('button', { name: 'Save changes' }).click()
    await expect(panel(otherPage).getByRole('status')).toHaveText('Changes saved.')
  } finally {
    await other.close()
  }

  const patch = async (data: Record<string, unknown>) => {
    const response = await request.patch(`/api/v1/claims/${claim.id}`, {
      headers: { 'x-csrf-token': await csrf(request) },
      data,
    })
    expect(response.status()).toBe(200)
  }

  // ...and the checker's save is refused with what changed, never overwriting it.
  await headline.fill('Dong quit the Liberals')
  await panel(page).getByRole('button', { name: 'Save changes' }).click()
  const conflict = panel(page).getByRole('alert').filter({ hasText: 'Someone else changed this claim' })
  await expect(conflict).toBeVisible()
  const row = conflict.getByRole('listitem').filter({ hasText: 'Headline' })
  await expect(row).toContainText('Dong resigned')
  await expect(row).toContainText('Dong quit the Liberals')
  await expect(row).toContainText('Dong left the caucus')
  await conflict.getByRole('button', { name: 'Reload' }).click()
  await expect(conflict).toHaveCount(0)
  await expect(headline).toHaveValue('Dong left the caucus')

  // A second conflict, this time re-applied on top of the other change.
  await patch({
    version: claim.version + 1,
    statement: 'Han Dong left the Liberal caucus to sit as an independent.',
  })
  await headline.fill('Dong quit the Liberals')
  await panel(page).getByRole('button', { name: 'Save changes' }).click()
  await expect(conflict).toBeVisible()
  await conflict.getByRole('button', { name: 'Re-apply my change' }).click()
  await expect(panel(page).getByRole('status')).toHaveText('Changes saved.')
  await expect(panel(page).getByRole('heading', { level: 2, name: 'Dong quit the Liberals' })).toBeVisible()
  const saved = ClaimDetailSchema.parse(await (await request.get(`/api/v1/claims/${claim.id}`)).json())
  expect(saved.headline).toBe('Dong quit the Liberals')
  expect(saved.statement).toBe('Han Dong left the Liberal caucus to sit as an independent.')
})

test('the demo article in the workspace: claims highlighted and listed, j/k, the shortcut overlay, no serious a11y issues', async ({
  page,
  request,
}, testInfo) => {
  const article = await loadDemoArticle(request)
  const placed = article.claims
    .filter((c) => !c.anchor.orphaned)
    .sort((a, b) => a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end)
  await page.goto(`/desk/articles/${article.id}`)
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()
  await expect(articleText(page).getByRole('button', { name: /^Claims?: / })).toHaveCount(
    new Set(placed.map((c) => c.anchor.start)).size,
  )
  const list = panel(page).getByRole('listbox', { name: 'Claims in text order' })
  await expect(list.getByRole('option')).toHaveCount(placed.length)

  await expectNoA11yViolations(page)
  await page.screenshot({ path: testInfo.outputPath('workspace-reader.png'), fullPage: true })
  await testInfo.attach('workspace reader', {
    path: testInfo.outputPath('workspace-reader.png'),
    contentType: 'image/png',
  })

  // j and k step through the claims in text order.
  const [first, second] = placed
  await page.keyboard.press('j')
  await expect(panel(page).getByRole('heading', { level: 2, name: first?.headline })).toBeVisible()
  await page.keyboard.press('j')
  await expect(panel(page).getByRole('heading', { level: 2, name: second?.headline })).toBeVisible()
  await page.keyboard.press('k')
  await expect(panel(page).getByRole('heading', { level: 2, name: first?.headline })).toBeVisible()
  await expectNoA11yViolations(page)

  // ? lists the shortcuts.
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  for (const description of [
    'Next claim',
    'Previous claim',
    'New claim from the selected text',
    'Submit the open claim',
  ]) {
    await expect(help.getByText(description, { exact: false })).toBeVisible()
  }
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)

  // At phone width the panel sits under the text and nothing is wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(panel(page).getByRole('heading', { level: 2, name: first?.headline })).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})
