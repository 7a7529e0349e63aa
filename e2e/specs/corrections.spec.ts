import {
  type ClaimDetail,
  ClaimDetailSchema,
  CreatedArticleSchema,
  RatingScaleListSchema,
} from '@claimtrail/contracts'
import { DEMO_ARTICLE_TEXT } from '@claimtrail/db'
import type { APIRequestContext, Page, TestInfo } from '@playwright/test'
import { expectNoA11yViolations } from '../a11y.ts'
import { expect, test } from '../fixtures.ts'

// Corrections and retractions of published claims. Each test publishes its own claim on
// its own copy of the demo article, through the API: the demo's published claims are read by the
// ledger specs running alongside.
test.use({ loggedInAs: 'editor' })

const panel = (page: Page) => page.getByRole('complementary', { name: 'Claims' })

async function csrf(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/auth/csrf')
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** A claim on a fresh copy of the demo article, taken through review to published, as the editor. */
async function publishedClaim(request: APIRequestContext, testInfo: TestInfo, headline: string) {
  const token = await csrf(request)
  const headers = { 'x-csrf-token': token }
  const created = await request.post('/api/v1/articles', {
    headers,
    data: {
      title: `Corrections copy ${testInfo.workerIndex}-${testInfo.testId}-${Date.now()}`,
      source: { format: 'text', text: DEMO_ARTICLE_TEXT },
    },
  })
  expect(created.status()).toBe(201)
  const { article } = CreatedArticleSchema.parse(await created.json())
  const body = (
    (await (await request.get(`/api/v1/articles/${article.id}`)).json()) as {
      version: { body: string }
    }
  ).version.body
  const words = 'Han Dong has thrown in the towel.'
  const start = body.indexOf(words)
  expect(start).toBeGreaterThanOrEqual(0)

  const send = async (method: 'post' | 'patch', path: string, data: object): Promise<ClaimDetail> => {
    const response = await request[method](`/api/v1${path}`, { headers, data })
    expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300)
    return ClaimDetailSchema.parse(await response.json())
  }
  let claim = await send('post', `/articles/${article.id}/claims`, {
    start,
    end: start + words.length,
    exact: words,
    statement: 'Han Dong resigned from the Liberal caucus in March 2023.',
    headline,
    kind: 'statement_of_fact',
  })
  const scales = RatingScaleListSchema.parse(await (await request.get('/api/v1/rating-scales')).json())
  const scale = scales.items.find((s) => s.isDefault) ?? scales.items[0]
  const accurate = scale?.ratings.find((r) => r.label === 'Accurate' && !r.retired)
  expect(accurate, 'the default scale has Accurate').toBeDefined()
  claim = await send('patch', `/claims/${claim.id}`, {
    version: claim.version,
    verdictRatingId: accurate?.id,
    rationale: 'Dong announced his resignation from the caucus in the House of Commons.',
  })
  for (const step of ['submit', 'approve', 'publish'])
    claim = await send('post', `/claims/${claim.id}/${step}`, { version: claim.version })
  expect(claim.status).toBe('published')
  return claim
}

test('an editor corrects a published claim; readers see it in the changelog and the Atom feed', async ({
  page,
  request,
  browser,
  anonymousRequest,
}, testInfo) => {
  const headline = `Dong resigned ${testInfo.workerIndex}-${Date.now()}`
  const claim = await publishedClaim(request, testInfo, headline)
  const whatChanged = `The date was corrected to 20 March 2023 (${Date.now()}).`
  const reason = 'A reader pointed out the wrong month.'

  await page.goto(`/desk/articles/${claim.articleId}?claim=${claim.id}`)
  const corrections = panel(page).getByRole('region', { name: 'Corrections' })
  await expect(corrections).toContainText('No correction has been issued.')
  await corrections.getByRole('button', { name: 'Issue a correction' }).click()

  const dialog = page.getByRole('dialog', { name: 'Issue a correction' })
  // Nothing typed: the form names what it needs.
  await dialog.getByRole('button', { name: 'Issue correction' }).click()
  await expect(dialog.getByText('Say what changed')).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'What changed' })).toBeFocused()

  await expectNoA11yViolations(page, { include: '[role="dialog"]', all: true })

  await dialog.getByRole('textbox', { name: 'What changed' }).fill(whatChanged)
  await dialog.getByRole('textbox', { name: 'Why' }).fill(reason)
  await dialog
    .getByRole('textbox', { name: 'Statement' })
    .fill('Han Dong resigned from the Liberal caucus on 20 March 2023.')
  await dialog.getByRole('button', { name: 'Issue correction' }).click()
  await expect(dialog).toBeHidden()

  await expect(panel(page).getByRole('status').filter({ hasText: 'Correction issued' })).toBeVisible()
  const issued = corrections.getByRole('list', { name: 'Corrections issued, newest first' })
  await expect(issued.getByRole('listitem')).toHaveCount(1)
  await expect(issued).toContainText(whatChanged)
  await expect(issued).toContainText(reason)
  await expect(panel(page).locator('.badge-row')).toContainText('Corrected')

  // A reader (no session) sees the correction in the claim's public changelog...
  const reader = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    storageState: { cookies: [], origins: [] },
  })
  try {
    const readerPage = await reader.newPage()
    await readerPage.goto(`/ledger/claims/${claim.id}`)
    // The correction is said before the claim itself, not only in the changelog at the bottom.
    const notice = readerPage.getByRole('complementary', { name: /^Corrected/ })
    await expect(notice).toContainText(whatChanged)
    await expect(notice).toContainText(reason)
    expect(
      await notice.evaluate((n) => {
        const statement = document.querySelector('.claim-statement')
        return statement
          ? Boolean(n.compareDocumentPosition(statement) & Node.DOCUMENT_POSITION_FOLLOWING)
          : false
      }),
    ).toBe(true)
    const changelog = readerPage.getByRole('region', { name: 'Changelog' })
    await expect(changelog.getByText('Corrected', { exact: true })).toBeVisible()
    await expect(changelog).toContainText(whatChanged)
    await expect(changelog).toContainText(reason)
    await expect(
      readerPage.getByText('Han Dong resigned from the Liberal caucus on 20 March 2023.'),
    ).toBeVisible()
  } finally {
    await reader.close()
  }

  // ...and in the ledger's Atom feed.
  const feed = await anonymousRequest.get('/ledger/feed.atom')
  expect(feed.status()).toBe(200)
  expect(feed.headers()['content-type']).toContain('application/atom+xml')
  const xml = await feed.text()
  expect(xml).toContain(`Corrected: ${headline}`)
  expect(xml).toContain(whatChanged)
})

test('an editor retracts a published claim after confirming; it stays in the ledger, retracted', async ({
  page,
  request,
  anonymousRequest,
}, testInfo) => {
  const headline = `Dong retracted ${testInfo.workerIndex}-${Date.now()}`
  const claim = await publishedClaim(request, testInfo, headline)
  const reason = `The only source withdrew the account (${Date.now()}).`

  await page.goto(`/desk/articles/${claim.articleId}?claim=${claim.id}`)
  const corrections = panel(page).getByRole('region', { name: 'Corrections' })
  await corrections.getByRole('button', { name: 'Retract…' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Retract this claim review' })
  await dialog.getByRole('textbox', { name: 'Why is it retracted?' }).fill(reason)
  await dialog.getByRole('button', { name: 'Continue' }).click()

  // The confirmation step: going back keeps the reason, nothing is sent yet.
  await expect(dialog.getByRole('heading', { name: `Retract “${headline}”?` })).toBeFocused()
  await dialog.getByRole('button', { name: 'Back' }).click()
  await expect(dialog.getByRole('textbox', { name: 'Why is it retracted?' })).toHaveValue(reason)
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await dialog.getByRole('button', { name: 'Retract claim review' }).click()
  await expect(dialog).toBeHidden()

  await expect(panel(page).locator('.badge-row')).toContainText('Retracted')
  await expect(corrections).toContainText('This claim review is retracted.')
  await expect(corrections.getByRole('listitem').filter({ hasText: 'Retraction' })).toContainText(reason)
  await expect(corrections.getByRole('button', { name: 'Issue a correction' })).toHaveCount(0)

  const publicClaim = await anonymousRequest.get(`/api/v1/public/claims/${claim.id}`)
  expect(publicClaim.status()).toBe(200)
  expect(await publicClaim.text()).toContain(reason)

  // Its page keeps the claim and says why, but no longer carries ClaimReview markup for search
  // engines to show a withdrawn verdict.
  expect((await anonymousRequest.get(`/api/v1/public/claims/${claim.id}/claimreview`)).status()).toBe(410)
  await page.goto(`/ledger/claims/${claim.id}`)
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible()
  // Said at the top, and kept in the changelog.
  await expect(page.getByRole('complementary', { name: /^Retracted/ })).toContainText(reason)
  await expect(page.getByRole('region', { name: 'Changelog' })).toContainText(reason)
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'ClaimReview', exact: true })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Web Annotation' })).toBeVisible()
})
