import { ClaimReviewSchema, PublicClaimListSchema } from '@claimtrail/contracts'
import { expect, test } from '../fixtures.ts'

// The ledger as crawlers, fact-check aggregators, link previews and readers without JavaScript
// get it: the served HTML alone (docs/decisions/016-server-rendered-public-ledger.md).
const DONG_ALLEGATION = 'Dong urged a Chinese diplomat to delay the release of the two Michaels'

test.use({ javaScriptEnabled: false })

test.describe('the public ledger without JavaScript', () => {
  test('a reader lists, searches and opens a claim; the shared address carries its preview tags', async ({
    page,
    anonymousRequest,
  }) => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    const response = await page.goto('/ledger')
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'Claim ledger' })).toBeVisible()
    const rows = page.getByRole('list', { name: 'Claims, newest first' }).getByRole('heading', { level: 2 })
    await expect(rows.getByText(DONG_ALLEGATION)).toBeVisible()

    // The search form works as a plain GET form.
    await page.getByLabel('Search claims').fill('Dong')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await expect(page).toHaveURL(/\/ledger\?q=Dong/)
    await expect(page).toHaveTitle('“Dong” in the claim ledger · Claimtrail ledger')
    await expect(rows.getByText(DONG_ALLEGATION)).toBeVisible()

    await page.getByRole('link', { name: DONG_ALLEGATION }).click()
    await expect(page).toHaveURL(/\/ledger\/claims\/[0-9a-f-]{36}$/)
    const claimId = page.url().split('/').at(-1) ?? ''
    await expect(page.getByRole('heading', { level: 1, name: DONG_ALLEGATION })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Changelog' })).toBeVisible()
    await expect(page).toHaveTitle(`${DONG_ALLEGATION} · Claimtrail ledger`)

    // What a chat app's link preview reads from the shared address.
    const meta = (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content')
    expect(await meta('og:title')).toBe(DONG_ALLEGATION)
    expect(await meta('og:type')).toBe('article')
    expect(await meta('og:url')).toMatch(new RegExp(`/ledger/claims/${claimId}$`))
    expect(await meta('og:description')).toMatch(/^Unsubstantiated: /)
    expect(await meta('og:site_name')).toBeTruthy()
    expect(await meta('twitter:card')).toBe('summary')
    expect(await meta('twitter:data1')).toBe('Unsubstantiated')
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
      new RegExp(`/ledger/claims/${claimId}$`),
    )

    // The ClaimReview is in the served page, the same as the API's.
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent()
    const served = ClaimReviewSchema.parse(JSON.parse(jsonLd ?? ''))
    const api = await anonymousRequest.get(`/api/v1/public/claims/${claimId}/claimreview`)
    expect(served).toEqual(await api.json())

    // No JavaScript was even requested.
    expect(scripts).toEqual([])
  })

  test('more claims is a link to the next page, and unknown addresses are real 404s', async ({
    page,
    anonymousRequest,
  }) => {
    const first = PublicClaimListSchema.parse(
      await (await anonymousRequest.get('/api/v1/public/claims?limit=20')).json(),
    )
    await page.goto('/ledger')
    if (first.nextCursor) {
      await page.getByRole('link', { name: 'More claims' }).click()
      await expect(page).toHaveURL(/[?&]cursor=/)
    }
    const missing = await page.goto('/ledger/claims/00000000-0000-4000-8000-000000000000')
    expect(missing?.status()).toBe(404)
    await expect(page.getByText('This claim is not in the ledger')).toBeVisible()
    expect((await page.goto('/ledger/people/00000000-0000-4000-8000-000000000000'))?.status()).toBe(404)
  })
})
