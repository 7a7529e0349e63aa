import {
  ClaimListSchema,
  ClaimReviewSchema,
  PUBLIC_CLAIM_STATUSES,
  PublicClaimListSchema,
  SOURCING_GRADES,
} from '@claimtrail/contracts'
import type { Page } from '@playwright/test'
import { demoUser, expect, logInWithApi, test } from '../fixtures.ts'

// The public ledger as an anonymous reader finds it. The demo seed publishes the Dong
// allegation (Unsubstantiated, denied by Dong) and keeps other claims in drafts and review.
const DONG_ALLEGATION = 'Dong urged a Chinese diplomat to delay the release of the two Michaels'

const ledgerRows = (page: Page) =>
  page.getByRole('list', { name: 'Claims, newest first' }).getByRole('listitem')
const rowHeadlines = (page: Page) =>
  page.getByRole('list', { name: 'Claims, newest first' }).getByRole('heading', { level: 2 })

/** Uncaught errors and console errors (a CSP violation, a failed chunk) fail the test. */
function watchForProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  return problems
}

test.describe('public claim ledger', () => {
  test('an anonymous reader searches, filters by verdict and opens a claim with its ClaimReview', async ({
    page,
    anonymousRequest,
    playwright,
    baseURL,
  }) => {
    const problems = watchForProblems(page)
    // What the desk has that is not public, to make sure none of it shows.
    const desk = await playwright.request.newContext({ baseURL })
    await logInWithApi(desk, demoUser('editor').email)
    const everything = ClaimListSchema.parse(await (await desk.get('/api/v1/claims?limit=100')).json())
    await desk.dispose()
    const unpublished = everything.items
      .filter((c) => !(PUBLIC_CLAIM_STATUSES as readonly string[]).includes(c.status))
      .map((c) => c.headline)
    expect(unpublished.length, 'the demo has unpublished claims').toBeGreaterThan(0)

    await page.goto('/articles')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ledger' }).click()
    await expect(page).toHaveURL(/\/ledger$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Claim ledger' })).toBeVisible()
    await expect(page).toHaveTitle(/Claim ledger/)
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /checked by the desk/)
    await expect(rowHeadlines(page).first()).toBeVisible()
    const shown = await rowHeadlines(page).allTextContents()
    expect(shown).toContain(DONG_ALLEGATION)
    for (const headline of unpublished) expect(shown).not.toContain(headline)

    // Full-text search: the address carries it.
    await page.getByLabel('Search claims').fill('Dong')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await expect(page).toHaveURL(/\/ledger\?q=Dong$/)
    await expect(page).toHaveTitle(/“Dong”/)
    const found = PublicClaimListSchema.parse(
      await (await anonymousRequest.get('/api/v1/public/claims?q=Dong')).json(),
    )
    await expect(rowHeadlines(page)).toHaveText(found.items.map((c) => c.headline))
    expect(found.items.map((c) => c.headline)).toContain(DONG_ALLEGATION)

    // A verdict filter applies at once, lands in the address and survives a reload.
    await page.getByLabel('Verdict').selectOption('Unsubstantiated')
    await expect(page).toHaveURL(/[?&]verdict=Unsubstantiated/)
    await expect(page).toHaveURL(/[?&]q=Dong/)
    await expect(rowHeadlines(page)).toContainText([DONG_ALLEGATION])
    for (const row of await ledgerRows(page).all()) await expect(row).toContainText('Unsubstantiated')
    await page.reload()
    await expect(page.getByLabel('Verdict')).toHaveValue('Unsubstantiated')
    await expect(page.getByLabel('Search claims')).toHaveValue('Dong')
    await expect(rowHeadlines(page)).toContainText([DONG_ALLEGATION])

    // The claim page: quote, chain graph, the denial, verdict, changelog and ClaimReview JSON-LD.
    await page.getByRole('link', { name: DONG_ALLEGATION }).click()
    await expect(page).toHaveURL(/\/ledger\/claims\/[0-9a-f-]{36}$/)
    await expect(page.getByRole('heading', { level: 1, name: DONG_ALLEGATION })).toBeVisible()
    await expect(page).toHaveTitle(new RegExp(DONG_ALLEGATION))
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Unsubstantiated: /)
    const chain = page.getByRole('list', { name: /^Attribution chain.*origin first$/ }).first()
    await expect(chain).toBeVisible()
    await expect(chain.locator(':scope > li').first()).toContainText('Origin')
    await expect(chain.getByText('Anonymous', { exact: true }).first()).toBeVisible()
    const responses = page.getByRole('region', { name: 'Responses' })
    await expect(responses.getByText('Denies', { exact: true }).first()).toBeVisible()
    await expect(responses.getByRole('link', { name: 'Han Dong' }).first()).toBeVisible()
    const verdict = page.getByRole('region', { name: 'Verdict' })
    await expect(verdict.getByText('Unsubstantiated', { exact: true })).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'Sources' }).getByRole('list', { name: 'Why this grade' }),
    ).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'Changelog' }).getByText('Published', { exact: true }),
    ).toBeVisible()
    await expect(page.getByRole('region', { name: 'Where it was said' }).locator('mark')).not.toBeEmpty()

    const jsonLd = page.locator('script[type="application/ld+json"]')
    await expect(jsonLd).toHaveCount(1)
    const review = ClaimReviewSchema.parse(JSON.parse((await jsonLd.textContent()) ?? 'null'))
    expect(review['@type']).toBe('ClaimReview')
    expect(review.claimReviewed).toBe(DONG_ALLEGATION)
    expect(review.reviewRating.alternateName).toBe('Unsubstantiated')
    expect(review.itemReviewed['@type']).toBe('Claim')

    // The person's page: the claims about him and his responses.
    await responses.getByRole('link', { name: 'Han Dong' }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: 'Han Dong' })).toBeVisible()
    await expect(page.getByRole('link', { name: DONG_ALLEGATION }).first()).toBeVisible()
    await expect(page).toHaveTitle(/Han Dong/)

    expect(problems).toEqual([])
  })

  test('the methodology page lists the rating scale, S1–S6 and the Admiralty levels', async ({ page }) => {
    const problems = watchForProblems(page)
    await page.goto('/ledger/methodology')
    await expect(page.getByRole('heading', { level: 1, name: 'How we rate claims' })).toBeVisible()
    await expect(page).toHaveTitle(/Methodology/)
    const grades = page.getByRole('region', { name: 'Sourcing grades' })
    for (const grade of SOURCING_GRADES) await expect(grades.getByText(grade, { exact: true })).toBeVisible()
    const scale = page.getByRole('region', { name: 'Verdicts' })
    for (const label of ['Accurate', 'Mostly accurate', 'Mixed', 'Unsubstantiated', 'Misleading', 'False'])
      await expect(scale.getByRole('rowheader', { name: label, exact: true })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Source reliability' }).getByRole('row')).toHaveCount(6)
    await expect(page.getByRole('table', { name: 'Information credibility' }).getByRole('row')).toHaveCount(6)
    await expect(page.getByRole('region', { name: 'Corrections policy' })).toContainText('correction')
    expect(problems).toEqual([])
  })

  test('an unknown claim is a friendly not-found page, and works on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 })
    await page.goto('/ledger/claims/00000000-0000-4000-8000-000000000000')
    await expect(page.getByText('This claim is not in the ledger')).toBeVisible()
    await page.goto('/ledger')
    await expect(rowHeadlines(page).first()).toBeVisible()
    // Nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
