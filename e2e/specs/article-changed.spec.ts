import {
  type ClaimDetail,
  ClaimDetailSchema,
  CreatedArticleSchema,
  RatingScaleListSchema,
} from '@claimtrail/contracts'
import type { APIRequestContext } from '@playwright/test'
import { expectNoA11yViolations } from '../a11y.ts'
import { expect, test } from '../fixtures.ts'

// "The article changed after publication" (design.md, Workflow): a new text of an article with a
// published claim gives editors a flag; readers keep seeing what was published until the editor
// compares the passages and issues the correction.
test.use({ loggedInAs: 'editor' })

const PASSAGE =
  'The council said the closures would save 4 million dollars a year, according to a budget memo.'
const EDITED =
  'The council said the closures would save 4 million dollars a year, according to a revised memo released on Friday.'
const QUOTE = 'the closures would save 4 million dollars a year'

async function csrf(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/auth/csrf')
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

test('an editor sees the article-changed flag, compares the passages and issues the correction', async ({
  page,
  request,
  anonymousRequest,
}, testInfo) => {
  const unique = `${testInfo.workerIndex}-${Date.now()}`
  const headline = `Library closures save 4 million a year ${unique}`
  const headers = { 'x-csrf-token': await csrf(request) }
  const text = (passage: string) =>
    [`Mayor announces library closures (${unique}).`, passage, 'Unions disputed the figure.'].join('\n\n')

  // A published claim, through the API.
  const created = await request.post('/api/v1/articles', {
    headers,
    data: { title: `Library closures ${unique}`, source: { format: 'text', text: text(PASSAGE) } },
  })
  expect(created.status()).toBe(201)
  const { article } = CreatedArticleSchema.parse(await created.json())
  const send = async (method: 'post' | 'patch', path: string, data: object): Promise<ClaimDetail> => {
    const response = await request[method](`/api/v1${path}`, { headers, data })
    expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300)
    return ClaimDetailSchema.parse(await response.json())
  }
  const start = text(PASSAGE).indexOf(QUOTE)
  let claim = await send('post', `/articles/${article.id}/claims`, {
    start,
    end: start + QUOTE.length,
    exact: QUOTE,
    statement: 'Closing three libraries saves the city 4 million dollars a year.',
    headline,
    kind: 'statement_of_fact',
  })
  const scales = RatingScaleListSchema.parse(await (await request.get('/api/v1/rating-scales')).json())
  const accurate = (scales.items.find((s) => s.isDefault) ?? scales.items[0])?.ratings.find(
    (r) => r.label === 'Accurate',
  )
  claim = await send('patch', `/claims/${claim.id}`, {
    version: claim.version,
    verdictRatingId: accurate?.id,
    rationale: 'The budget memo gives the figure.',
  })
  for (const step of ['submit', 'approve', 'publish'])
    claim = await send('post', `/claims/${claim.id}/${step}`, { version: claim.version })

  // The article's text changes around the quote.
  const imported = await request.post(`/api/v1/articles/${article.id}/versions`, {
    headers,
    data: { source: { format: 'text', text: text(EDITED) } },
  })
  expect(imported.status()).toBe(201)
  // Readers still see the passage that was checked.
  const before = await anonymousRequest.get(`/api/v1/public/claims/${claim.id}`)
  expect(((await before.json()) as { quote: { after: string } }).quote.after).toContain(
    'according to a budget memo',
  )

  // The dashboard lists the flag.
  await page.goto('/dashboard')
  const changes = page.getByRole('region', { name: 'Articles changed after publication' })
  const row = changes.getByRole('row').filter({ hasText: headline })
  await expect(row).toContainText('Quote changed')
  await expect(row).toContainText('Version 2')
  await row.getByRole('link', { name: headline }).click()

  // The review screen shows the two passages side by side.
  await expect(page).toHaveURL(new RegExp(`/review/claims/${claim.id}$`))
  const flagged = page.getByRole('region', { name: 'The article changed after publication' })
  const flag = flagged.getByRole('article', { name: 'Quote changed' })
  await expect(flag.getByRole('figure', { name: 'Published (version 1)' })).toContainText(
    'according to a budget memo',
  )
  await expect(flag.getByRole('figure', { name: 'Now (version 2)' })).toContainText(
    'a revised memo released on Friday',
  )
  await expectNoA11yViolations(page, { include: '.article-changes', all: true })

  // The editor issues the correction.
  const whatChanged = `The quote now cites the revised memo of Friday (${unique}).`
  await page
    .getByRole('region', { name: 'Corrections' })
    .getByRole('button', { name: 'Issue a correction' })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Issue a correction' })
  await dialog.getByRole('textbox', { name: 'What changed' }).fill(whatChanged)
  await dialog.getByRole('textbox', { name: 'Why' }).fill('The article was edited after publication.')
  await dialog.getByRole('button', { name: 'Issue correction' }).click()
  await expect(dialog).toBeHidden()
  // The flag is settled…
  await expect(flagged.getByRole('article', { name: 'Quote changed' })).toHaveCount(0)
  await expect(flagged.getByRole('list', { name: 'Settled article changes' })).toContainText('Corrected')

  // …and readers see the correction and the new passage.
  await page.goto(`/ledger/claims/${claim.id}`)
  const changelog = page.getByRole('region', { name: 'Changelog' })
  await expect(changelog).toContainText(whatChanged)
  await expect(page.getByRole('region', { name: 'Where it was said' })).toContainText(
    'a revised memo released on Friday',
  )
})
