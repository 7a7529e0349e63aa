import {
  type ArticleDetail,
  ArticleDetailSchema,
  ArticleListSchema,
  type ClaimInArticle,
  PUBLIC_CLAIM_STATUSES,
} from '@claimtrail/contracts'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

// The demo article the API seeds on an empty database (shared/seed/article.txt). Which claims it
// carries is the seed's business: the tests read them from the API and find them by role and name.
const DEMO_TITLE = 'Chinese interference, Dong (in tears) leaves the Liberals'
const DEMO_SENTENCE = 'Han Dong has thrown in the towel.'
const UNKNOWN_ARTICLE_ID = '00000000-0000-4000-8000-000000000000'

// What a reader sees for each status an anonymous visitor may see.
const STATUS_WORDS: Record<(typeof PUBLIC_CLAIM_STATUSES)[number], string> = {
  published: 'Published',
  corrected: 'Corrected',
  retracted: 'Retracted',
}
const STANCE_WORDS: Record<ClaimInArticle['responses'][number]['stance'], string> = {
  denies: 'Denies',
  admits: 'Admits',
  partially_admits: 'Partially admits',
  confirms: 'Confirms',
  declines_to_comment: 'Declines to comment',
  did_not_respond: 'Did not respond',
}

async function loadDemoArticle(request: APIRequestContext): Promise<ArticleDetail> {
  const list = ArticleListSchema.parse(await (await request.get('/api/v1/articles')).json())
  const summary = list.items.find((a) => a.title === DEMO_TITLE)
  expect(summary, 'the demo article is seeded').toBeDefined()
  const response = await request.get(`/api/v1/articles/${summary?.id}`)
  expect(response.status()).toBe(200)
  return ArticleDetailSchema.parse(await response.json())
}

/** The claims drawn in the text, in text order. */
function placedClaims(article: ArticleDetail): ClaimInArticle[] {
  return article.claims
    .filter((c) => !c.anchor.orphaned)
    .sort((a, b) => a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end)
}

const hopCount = (c: ClaimInArticle) => Math.max(0, ...c.chains.map((chain) => chain.hops.length))

const articleText = (page: Page) => page.getByRole('region', { name: 'Article text' })
const claimsPanel = (page: Page) => page.getByRole('complementary', { name: 'Claims' })
const highlightOf = (page: Page, claim: ClaimInArticle) =>
  articleText(page).getByRole('button', { name: claim.headline })

/** What the panel must show once a claim is selected. */
async function expectClaimDetail(page: Page, claim: ClaimInArticle) {
  const panel = claimsPanel(page)
  await expect(panel.getByRole('heading', { level: 2, name: claim.headline })).toBeVisible()
  await expect(panel.getByText(claim.statement, { exact: true })).toBeVisible()
  await expect(
    panel.getByText(STATUS_WORDS[claim.status as keyof typeof STATUS_WORDS], { exact: true }),
  ).toBeVisible()
  if (claim.verdict) await expect(panel.getByText(claim.verdict.label, { exact: true }).first()).toBeVisible()
}

/** Every placed claim is highlighted in place, on its own words (they start where its quote starts). */
async function expectHighlights(page: Page, placed: ClaimInArticle[]) {
  const highlights = articleText(page).getByRole('button', { name: /^Claims?: / })
  await expect(highlights).toHaveCount(new Set(placed.map((c) => c.anchor.start)).size)
  for (const claim of placed) {
    // The highlight sits on the claim's own words: they start where its quote starts.
    const highlight = highlightOf(page, claim)
    await expect(highlight).toBeVisible()
    expect(claim.anchor.exact.startsWith((await highlight.textContent()) ?? '-')).toBe(true)
    await expect(articleText(page)).toContainText(claim.anchor.exact)
  }
}

/** The claim's longest attribution chain, drawn origin first, each hop named or anonymous with its cue. */
async function expectChainDrawn(page: Page, claim: ClaimInArticle) {
  const chain = [...claim.chains].sort((a, b) => b.hops.length - a.hops.length)[0]
  const hops = [...(chain?.hops ?? [])].sort((a, b) => a.position - b.position)
  const drawn = claimsPanel(page)
    .getByRole('list', { name: /^Attribution chain.*origin first$/ })
    .first()
  await expect(drawn).toBeVisible()
  const nodes = drawn.locator(':scope > li')
  await expect(nodes).toHaveCount(hops.length)
  await expect(nodes).toContainText(hops.map((h) => h.entity.name))
  await expect(nodes.first()).toContainText('Origin')
  for (const hop of hops) {
    const node = nodes.filter({ hasText: hop.entity.name }).first()
    await expect(node.getByText(hop.named ? 'Named' : 'Anonymous', { exact: true })).toBeVisible()
    if (hop.cue) await expect(drawn.getByText(hop.cue, { exact: true })).toBeVisible()
  }
}

/** Each response of the claim, with its stance and who gave it. */
async function expectResponses(page: Page, claim: ClaimInArticle) {
  for (const response of claim.responses) {
    await expect(
      claimsPanel(page).getByText(STANCE_WORDS[response.stance], { exact: true }).first(),
    ).toBeVisible()
    await expect(claimsPanel(page).getByText(response.entity.name).first()).toBeVisible()
  }
}

test.describe('article reader', () => {
  test('a reader reaches the demo article from the list and opens a claim with its sourcing', async ({
    page,
    request,
  }) => {
    // Uncaught errors and console errors (a CSP violation, a failed asset) would go unnoticed otherwise.
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    const article = await loadDemoArticle(request)
    const placed = placedClaims(article)
    expect(placed.length, 'the demo shows at least 3 public claims').toBeGreaterThanOrEqual(3)
    for (const claim of article.claims) expect(PUBLIC_CLAIM_STATUSES).toContain(claim.status)

    await page.goto('/')
    await expect(page).toHaveURL(/\/articles$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible()
    await page.getByRole('link', { name: DEMO_TITLE }).click()

    await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`))
    await expect(page.getByRole('heading', { level: 1, name: DEMO_TITLE })).toBeVisible()
    await expect(articleText(page).getByText(DEMO_SENTENCE)).toBeVisible()
    if (article.outlet) await expect(page.getByText(article.outlet).first()).toBeVisible()

    // Every placed claim is highlighted in place and reachable by its name.
    await expectHighlights(page, placed)

    // With nothing selected, the panel lists the claims in text order.
    const list = claimsPanel(page).getByRole('listbox', { name: 'Claims in text order' })
    await expect(list.getByRole('option')).toHaveText(placed.map((c) => new RegExp(escapeRegExp(c.headline))))

    // The claim with the longest attribution chain: the panel shows it, drawn origin first.
    const claim = [...placed].sort((a, b) => hopCount(b) - hopCount(a))[0] as ClaimInArticle
    expect(hopCount(claim), 'a public demo claim has an attribution chain').toBeGreaterThanOrEqual(2)
    await highlightOf(page, claim).click()
    await expectClaimDetail(page, claim)
    await expect(highlightOf(page, claim)).toHaveAttribute('aria-current', 'true')

    await expectChainDrawn(page, claim)
    await expectResponses(page, claim)

    // The selection is in the address, so the claim can be linked to.
    await expect(page).toHaveURL(new RegExp(`\\?claim=${claim.id}$`))
    await page.reload()
    await expectClaimDetail(page, claim)

    // Back to the list.
    await claimsPanel(page).getByRole('button', { name: 'All claims' }).click()
    await expect(list).toBeVisible()
    expect(problems).toEqual([])
  })

  test('highlights work from the keyboard, and the list reveals a claim in the text', async ({
    page,
    request,
  }) => {
    const article = await loadDemoArticle(request)
    const placed = placedClaims(article)
    const [first, second] = placed as [ClaimInArticle, ClaimInArticle]
    const last = placed.at(-1) as ClaimInArticle

    await page.goto(`/articles/${article.id}`)

    // Focus a highlight and press Enter.
    await highlightOf(page, second).focus()
    await expect(highlightOf(page, second)).toBeFocused()
    await page.keyboard.press('Enter')
    await expectClaimDetail(page, second)

    // Tab moves on to the next highlight; Space opens it.
    await page.keyboard.press('Tab')
    const third = placed[2] as ClaimInArticle
    await expect(highlightOf(page, third)).toBeFocused()
    await page.keyboard.press('Space')
    await expectClaimDetail(page, third)

    // k steps back in text order, and Escape returns to the list.
    await page.keyboard.press('k')
    await expectClaimDetail(page, second)
    await page.keyboard.press('k')
    await expectClaimDetail(page, first)
    await expect(highlightOf(page, first)).toBeFocused()
    await page.keyboard.press('Escape')
    const list = claimsPanel(page).getByRole('listbox', { name: 'Claims in text order' })
    await expect(list).toBeVisible()

    // Choosing the last claim in the list opens it and scrolls its highlight into view.
    await list.getByRole('option', { name: last.headline }).click()
    await expectClaimDetail(page, last)
    await expect(highlightOf(page, last)).toBeInViewport()
  })

  test('on a phone the selected claim shows in a sheet over the text', async ({ page, request }) => {
    const article = await loadDemoArticle(request)
    const claim = placedClaims(article)[0] as ClaimInArticle
    await page.setViewportSize({ width: 390, height: 844 })

    await page.goto(`/articles/${article.id}`)
    await highlightOf(page, claim).click()
    const heading = claimsPanel(page).getByRole('heading', { level: 2, name: claim.headline })
    await expect(heading).toBeInViewport()
    // The highlight stays in sight above the sheet, not hidden under it.
    await expect
      .poll(async () => {
        const highlight = await highlightOf(page, claim).boundingBox()
        const sheet = await claimsPanel(page).boundingBox()
        return highlight && sheet && highlight.y >= 0 && highlight.y + highlight.height <= sheet.y
      })
      .toBe(true)
  })

  test('an unknown article, a malformed id and an unknown page each say so', async ({ page }) => {
    await page.goto(`/articles/${UNKNOWN_ARTICLE_ID}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Back to the articles' })).toBeVisible()

    await page.goto('/articles/not-an-article')
    await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible()

    await page.goto('/no-such-page')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await page.getByRole('link', { name: 'Go to the articles' }).click()
    await expect(page.getByRole('link', { name: DEMO_TITLE })).toBeVisible()
  })

  test('when the API fails, the list shows its message and request id, and retry recovers', async ({
    page,
  }) => {
    // Fault injection at the browser's network edge: the API itself is real.
    let failing = true
    await page.route('**/api/v1/articles', (route) =>
      failing
        ? route.fulfill({
            status: 503,
            json: { code: 'UNAVAILABLE', message: 'The database is not reachable', requestId: 'req-e2e-1' },
          })
        : route.continue(),
    )

    await page.goto('/articles')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('The database is not reachable')
    await expect(alert).toContainText('req-e2e-1')

    failing = false
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('link', { name: DEMO_TITLE })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
