import { ClaimDetailSchema, CreatedArticleSchema, JobSchema } from '@claimtrail/contracts'
import type { APIRequestContext } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

// A long new version of an article is imported by a job on the server (ADR 014): the workspace
// answers at once, shows the job's progress, and ends with the claims re-anchored in the new text.
test.use({ loggedInAs: 'checker' })

const QUOTE = 'the bridge repairs would cost 12 million dollars'

async function csrf(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/auth/csrf')
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

test('importing a long new version shows its progress and ends with the re-anchored claims', async ({
  page,
  request,
}, testInfo) => {
  // Filling a 200 000-character text area takes the browser a while.
  test.setTimeout(90_000)
  const unique = `${testInfo.workerIndex}-${Date.now()}`
  const headers = { 'x-csrf-token': await csrf(request) }
  const lead = `Council approves bridge repairs (${unique}).`
  const passage = `The mayor said ${QUOTE}, according to the engineers’ report.`
  const created = await request.post('/api/v1/articles', {
    headers,
    data: { title: `Bridge repairs ${unique}`, source: { format: 'text', text: `${lead}\n\n${passage}` } },
  })
  expect(created.status()).toBe(201)
  const { article } = CreatedArticleSchema.parse(await created.json())
  const start = `${lead}\n\n${passage}`.indexOf(QUOTE)
  const claimResponse = await request.post(`/api/v1/articles/${article.id}/claims`, {
    headers,
    data: {
      start,
      end: start + QUOTE.length,
      exact: QUOTE,
      statement: 'The bridge repairs cost 12 million dollars.',
      headline: `Bridge repairs cost 12 million ${unique}`,
      kind: 'statement_of_fact',
    },
  })
  expect(claimResponse.status()).toBe(201)
  const claim = ClaimDetailSchema.parse(await claimResponse.json())

  // The new text: a paragraph added before the quote, and a long appendix (over the job threshold).
  const appendix = 'Residents asked about detours during the works, and the council answered. '.repeat(3_000)
  const newText = `${lead}\n\nUpdated on Friday with the council’s vote.\n\n${passage}\n\n${appendix}`
  expect(newText.length).toBeGreaterThan(200_000)

  // The job's answers are slowed a little, so that its progress is on screen long enough to see.
  const polled: string[] = []
  await page.route('**/api/v1/jobs/*', async (route) => {
    const response = await route.fetch()
    polled.push(JobSchema.parse(await response.json()).status)
    await new Promise((resolve) => setTimeout(resolve, 700))
    await route.fulfill({ response })
  })

  await page.goto(`/desk/articles/${article.id}`)
  await page.getByRole('button', { name: 'Import new text' }).click()
  await page.getByRole('textbox', { name: 'Article text' }).fill(newText)
  await page.getByRole('button', { name: 'Import new version' }).click()

  // The server answered at once with a job; the workspace shows where it is.
  await expect(page.getByRole('progressbar', { name: /Long import in progress/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Importing…' })).toBeDisabled()

  // It ends with the new version and the claim moved with its passage.
  await expect(page.getByRole('status').filter({ hasText: 'Version 2 imported' })).toContainText(
    'Claims: 0 at the same place, 1 moved, 0 matched approximately, 0 orphaned.',
  )
  await expect(page.getByRole('progressbar', { name: /Long import in progress/ })).toHaveCount(0)
  expect(polled.at(-1)).toBe('succeeded')

  const after = ClaimDetailSchema.parse(await (await request.get(`/api/v1/claims/${claim.id}`)).json())
  expect(after.anchor.start).toBe(newText.indexOf(QUOTE))
  expect(after.anchor.exact).toBe(QUOTE)
})
