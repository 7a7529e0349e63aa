import { ArticleDetailSchema, CreatedArticleSchema } from '@claimtrail/contracts'
import { DEMO_ARTICLE_TEXT } from '@claimtrail/db'
import type { APIRequestContext, Locator, Page, TestInfo } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

// Automatic suggestions in the desk workspace. The test works on its own copy of the demo
// text: the seeded demo article's claims are counted by other specs running alongside.
test.use({ loggedInAs: 'checker' })

const panel = (page: Page) => page.getByRole('complementary', { name: 'Claims' })
const feed = (page: Page) => page.getByRole('feed', { name: 'Suggested claims' })

/**
 * A suggestion of the virtualised feed, scrolled into the DOM: only the rows in view are drawn, so
 * the feed is scrolled a screen at a time until the one wanted is there.
 */
async function suggestion(page: Page, name: RegExp): Promise<Locator> {
  const item = feed(page).getByRole('article', { name })
  const scroller = page.locator('.suggestions-scroll')
  await expect(feed(page)).toBeVisible()
  await scroller.evaluate((el) => {
    el.scrollTop = 0
  })
  for (let i = 0; i < 60 && (await item.count()) === 0; i++) {
    const moved = await scroller.evaluate(async (el) => {
      const before = el.scrollTop
      el.scrollTop += el.clientHeight * 0.8
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      return el.scrollTop !== before
    })
    if (!moved && (await item.count()) === 0) break
  }
  await expect(item).toHaveCount(1)
  await item.scrollIntoViewIfNeeded()
  return item
}

async function importDemoCopy(request: APIRequestContext, testInfo: TestInfo) {
  const csrf = (await (await request.get('/api/v1/auth/csrf')).json()) as { token: string }
  const created = await request.post('/api/v1/articles', {
    headers: { 'x-csrf-token': csrf.token },
    data: {
      title: `Suggestions copy ${testInfo.workerIndex}-${Date.now()}`,
      source: { format: 'text', text: DEMO_ARTICLE_TEXT },
    },
  })
  expect(created.status()).toBe(201)
  const { article } = CreatedArticleSchema.parse(await created.json())
  return ArticleDetailSchema.parse(await (await request.get(`/api/v1/articles/${article.id}`)).json())
}

test('a checker opens the suggestions, accepts the Global News relay and gets a draft claim with its chain', async ({
  page,
  request,
}, testInfo) => {
  const article = await importDemoCopy(request, testInfo)
  expect(article.claims).toHaveLength(0)
  await page.goto(`/desk/articles/${article.id}`)
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()

  await page.getByRole('button', { name: 'Suggestions' }).click()

  // The relay: unnamed national security sources, cited by Global News, with Dong's responses.
  const relay = await suggestion(page, /^Dong told a senior Chinese diplomat/)
  await expect(relay.getByRole('list', { name: 'Suggested attribution chain' })).toHaveText(
    /Unnamed national security sources \(Citing\).*Global News \(reported\)/,
  )
  await expect(relay.getByRole('list', { name: 'Suggested responses' })).toContainText(
    'Partially admits: Han Dong',
  )
  await expect(relay.getByRole('list', { name: 'Suggested responses' })).toContainText('Denies: Han Dong')

  await relay.getByRole('button', { name: 'Accept', exact: true }).click()

  // The new draft claim opens in the panel, with the chain and the responses filled in.
  const editor = panel(page).getByRole('article')
  await expect(
    editor.getByRole('heading', { level: 2, name: /^Dong told a senior Chinese diplomat/ }),
  ).toBeVisible()
  await expect(editor.getByText('Draft', { exact: true }).first()).toBeVisible()
  const attribution = editor.getByRole('region', { name: 'Attribution' })
  await expect(attribution).toContainText('Unnamed national security sources')
  await expect(attribution).toContainText('Global News')
  await expect(editor).toContainText('denied allegations that he pushed to delay their release')

  // The suggestion is gone from the list, and the claim is in the article.
  await expect(relay).toHaveCount(0)
  const after = ArticleDetailSchema.parse(await (await request.get(`/api/v1/articles/${article.id}`)).json())
  expect(after.claims.map((c) => [c.status, c.kind])).toEqual([['draft', 'allegation']])
})

test('a checker edits a suggestion before accepting it, and dismisses another', async ({
  page,
  request,
}, testInfo) => {
  const article = await importDemoCopy(request, testInfo)
  await page.goto(`/desk/articles/${article.id}`)
  await page.getByRole('button', { name: 'Suggestions' }).click()

  const poilievre = await suggestion(page, /^The allegations against him were/)
  await poilievre.getByRole('button', { name: 'Dismiss' }).click()
  await expect(poilievre).toHaveCount(0)

  const ke = await suggestion(page, /Vincent Ke resigned/)
  await ke.getByRole('button', { name: 'Edit' }).click()
  await ke.getByRole('textbox', { name: 'Headline' }).fill('Ke resigned after a Global News report')
  await ke.getByRole('combobox', { name: 'Kind' }).selectOption('statement_of_fact')
  await ke.getByRole('button', { name: 'Accept edited claim' }).click()

  const editor = panel(page).getByRole('article')
  await expect(
    editor.getByRole('heading', { level: 2, name: 'Ke resigned after a Global News report' }),
  ).toBeVisible()
  await expect(editor).toContainText('allegations Ke denied with firmness')
})
