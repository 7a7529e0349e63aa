import {
  ArticleSuggestionsSchema,
  ClaimDetailSchema,
  CreatedArticleSchema,
  DashboardSchema,
  EntityListSchema,
} from '@claimtrail/contracts'
import { DEMO_ARTICLE_TEXT } from '@claimtrail/db'
import type { APIRequestContext } from '@playwright/test'
import { expectNoA11yViolations } from '../a11y.ts'
import { expect, test } from '../fixtures.ts'

// The editors' dashboard. Other specs create and move claims at the same time, so the
// counts are checked for shape and for what this test itself added, never for exact totals.
test.use({ loggedInAs: 'editor' })

async function csrf(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/auth/csrf')
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

test('an editor sees counts by status and grade, the time to publish, and opens an overdue reply request', async ({
  page,
  request,
}, testInfo) => {
  // A claim with a reply request whose deadline passed long ago (so it sorts first).
  const headers = { 'x-csrf-token': await csrf(request) }
  const created = await request.post('/api/v1/articles', {
    headers,
    data: {
      title: `Dashboard copy ${testInfo.workerIndex}-${testInfo.testId}-${Date.now()}`,
      source: { format: 'text', text: DEMO_ARTICLE_TEXT },
    },
  })
  expect(created.status()).toBe(201)
  const { article } = CreatedArticleSchema.parse(await created.json())
  const words = 'Han Dong has thrown in the towel.'
  const start = DEMO_ARTICLE_TEXT.indexOf(words)
  const headline = `Dong overdue ${testInfo.workerIndex}-${Date.now()}`
  const claimResponse = await request.post(`/api/v1/articles/${article.id}/claims`, {
    headers,
    data: {
      start,
      end: start + words.length,
      exact: words,
      statement: 'Han Dong resigned.',
      headline,
      kind: 'statement_of_fact',
    },
  })
  expect(claimResponse.status()).toBe(201)
  const claim = ClaimDetailSchema.parse(await claimResponse.json())
  const entities = EntityListSchema.parse(
    await (await request.get('/api/v1/entities?q=Han%20Dong&limit=12')).json(),
  )
  const dong = entities.items.find((e) => e.name === 'Han Dong')
  expect(dong, 'the demo has Han Dong').toBeDefined()
  const asked = await request.post(`/api/v1/claims/${claim.id}/reply-requests`, {
    headers,
    data: {
      version: claim.version,
      entityId: dong?.id,
      channel: 'email',
      requestedAt: '2001-01-01T09:00:00Z',
      deadline: '2001-01-02T09:00:00Z',
    },
  })
  expect(asked.status(), await asked.text()).toBeLessThan(300)

  await page.goto('/articles')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click()
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page).toHaveTitle(/Dashboard/)

  // Every status has its row and a count; the demo has published claims.
  const byStatus = page.getByRole('table', { name: 'Claims by status' })
  for (const status of ['Draft', 'In review', 'Approved', 'Published', 'Corrected', 'Retracted'])
    await expect(byStatus.getByRole('rowheader', { name: status, exact: true })).toBeVisible()
  const published = byStatus
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Published', exact: true }) })
  await expect(published.getByRole('cell').first()).toHaveText(/^[1-9]\d*$/)
  await expect(byStatus.getByRole('rowheader', { name: 'Total' })).toBeVisible()

  const byGrade = page.getByRole('table', { name: 'Claims by sourcing grade' })
  for (const grade of ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'Not graded yet'])
    await expect(byGrade.getByRole('rowheader', { name: new RegExp(`^${grade}`) })).toBeVisible()

  // The API's figures are what the page shows for time to publish.
  const figures = DashboardSchema.parse(await (await request.get('/api/v1/dashboard')).json())
  const timing = page.getByRole('region', { name: 'Time from submission to publication' })
  if (figures.submitToPublish.published > 0) {
    await expect(timing.getByText('Median', { exact: true })).toBeVisible()
    await expect(timing.getByText('90th percentile', { exact: true })).toBeVisible()
    await expect(timing).toContainText(/\d+(\.\d)? (minutes?|hours?|days)/)
  } else {
    await expect(timing).toContainText('Nothing measured yet')
  }

  // The whole page, header and navigation included.
  await expectNoA11yViolations(page, { all: true })

  // The overdue request links to its claim, which opens in the article's workspace.
  const overdue = page.getByRole('table', { name: /Overdue reply requests/ })
  const row = overdue.getByRole('row').filter({ hasText: headline })
  await expect(row).toContainText('Han Dong')
  await expect(row).toContainText(/\d+ days/)
  await row.getByRole('link', { name: headline }).click()
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${article.id}\\?claim=${claim.id}$`))
  await expect(
    page.getByRole('complementary', { name: 'Claims' }).getByRole('heading', { name: headline }),
  ).toBeVisible()
})

test('decisions on suggestions show on the dashboard as precision per type and extractor version', async ({
  page,
  request,
}, testInfo) => {
  // Decide on two suggestions of a fresh copy of the demo: accept the relay as it is, and dismiss
  // another one saying only its quote attribution was wrong.
  const headers = { 'x-csrf-token': await csrf(request) }
  const created = await request.post('/api/v1/articles', {
    headers,
    data: {
      title: `Precision copy ${testInfo.workerIndex}-${Date.now()}`,
      source: { format: 'text', text: DEMO_ARTICLE_TEXT },
    },
  })
  expect(created.status()).toBe(201)
  const { article } = CreatedArticleSchema.parse(await created.json())
  const computed = await request.post(`/api/v1/articles/${article.id}/suggestions`, { headers, data: {} })
  expect(computed.status(), await computed.text()).toBe(200)
  const { articleVersionId, extractorVersion, suggestions } = ArticleSuggestionsSchema.parse(
    await computed.json(),
  )
  const relay = suggestions.find((s) => s.statement.startsWith('Dong told a senior Chinese diplomat'))
  const quoted = suggestions.find((s) => s !== relay && s.attribution !== null)
  expect(relay, 'the demo has the Global News relay').toBeDefined()
  expect(quoted, 'the demo has another attributed quote').toBeDefined()
  const accepted = await request.post(`/api/v1/articles/${article.id}/suggestions/accept`, {
    headers,
    data: { articleVersionId, suggestionId: relay?.id },
  })
  expect(accepted.status(), await accepted.text()).toBe(201)
  const dismissed = await request.post(`/api/v1/articles/${article.id}/suggestions/dismiss`, {
    headers,
    data: { articleVersionId, suggestionId: quoted?.id, wrong: ['quote'], note: 'Wrong speaker' },
  })
  expect(dismissed.status(), await dismissed.text()).toBe(201)

  await page.goto('/dashboard')
  const section = page.getByRole('region', { name: 'Suggestion precision' })
  await expect(section.getByRole('heading', { level: 2, name: 'Suggestion precision' })).toBeVisible()
  const byType = section.getByRole('table', { name: 'Suggestion precision by type and extractor version' })
  // Other specs decide on suggestions too: the rows are checked for what this test added, and
  // each figure against its own row (precision is right ÷ decided, shown as a whole percentage).
  for (const label of ['Quotes', 'Relays']) {
    const row = byType
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
      .filter({ hasText: extractorVersion })
    await expect(row).toHaveCount(1)
    const cells = row.getByRole('cell')
    await expect(cells.nth(0)).toHaveText(extractorVersion)
    const decided = Number(await cells.nth(1).textContent())
    expect(decided, `${label}: at least this test's decision`).toBeGreaterThanOrEqual(1)
    await expect(cells.nth(2)).toHaveText(/^(100|[1-9]?\d)%$/)
    const asIs = Number(await cells.nth(3).textContent())
    expect(asIs).toBeLessThanOrEqual(decided)
  }
  // The dashboard's figures are the API's: the same types and versions, in the same order.
  const figures = DashboardSchema.parse(await (await request.get('/api/v1/dashboard')).json())
  const versions = new Set(figures.suggestionPrecision.map((r) => `${r.type}/${r.extractorVersion}`))
  expect(versions.has(`quote/${extractorVersion}`)).toBe(true)
  expect(versions.has(`relay/${extractorVersion}`)).toBe(true)

  // The weekly breakdown opens from its summary, by keyboard.
  const weekly = section.getByText('By week', { exact: true })
  await weekly.focus()
  await page.keyboard.press('Enter')
  await expect(section.getByRole('table', { name: 'Suggestion precision by week' })).toBeVisible()
  await expectNoA11yViolations(page)
})

test.describe('as a fact-checker', () => {
  test.use({ loggedInAs: 'checker' })

  test('the dashboard is not offered, and its address says it is for editors', async ({ page }) => {
    await page.goto('/desk')
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My queue' }),
    ).toBeVisible()
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }),
    ).toHaveCount(0)
    await page.goto('/dashboard')
    await expect(page.getByRole('heading', { name: 'You cannot open this page' })).toBeVisible()
  })
})
