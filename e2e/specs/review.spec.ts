import {
  type ClaimDetail,
  ClaimDetailSchema,
  CreatedArticleSchema,
  EntityListSchema,
  RatingScaleListSchema,
} from '@claimtrail/contracts'
import type { APIRequestContext } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

test.use({ loggedInAs: 'editor' })

const QUOTE =
  'Dong told a senior Chinese diplomat in February 2021 that China would have to delay the release of Michael Kovrig and Michael Spavor'

async function csrf(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/auth/csrf')
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

async function entityId(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.get(`/api/v1/entities?${new URLSearchParams({ q: name, limit: '12' })}`)
  const found = EntityListSchema.parse(await response.json()).items.find((e) => e.name === name)
  expect(found, `the demo entity ${name}`).toBeDefined()
  return found?.id ?? ''
}

/**
 * The checker's side, through the API: a fresh article with the demo's Global News allegation
 * (unnamed sources relayed by Global News, denied by Dong), a proposed verdict whose rationale does
 * not yet answer the denial, submitted for review. Its own article, so no other spec meets it.
 */
async function allegationInReview(checker: APIRequestContext, tag: string): Promise<ClaimDetail> {
  const token = await csrf(checker)
  const headers = { 'x-csrf-token': token }
  const text = `Dong leaves the Liberal caucus (${tag})\n\nCiting unnamed national security sources, Global News reported that ${QUOTE}. Dong denied allegations that he pushed to delay their release.\n`
  const created = await checker.post('/api/v1/articles', {
    headers,
    data: { title: `Review test ${tag}`, source: { format: 'text', text } },
  })
  expect(created.status()).toBe(201)
  const { article } = CreatedArticleSchema.parse(await created.json())
  const start = text.indexOf(QUOTE)
  const send = async (method: 'post' | 'patch', url: string, data: object) => {
    const response = await checker[method](`/api/v1${url}`, { headers, data })
    expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300)
    return ClaimDetailSchema.parse(await response.json())
  }
  let claim = await send('post', `/articles/${article.id}/claims`, {
    start,
    end: start + QUOTE.length,
    statement: 'Han Dong told a senior Chinese diplomat that China should delay releasing the two Michaels.',
    headline: `Dong urged a delay of the two Michaels’ release (${tag})`,
    kind: 'allegation',
    claimantId: await entityId(checker, 'Global News'),
    subjectIds: [await entityId(checker, 'Han Dong')],
    hedges: ['allegations'],
  })
  claim = await send('post', `/claims/${claim.id}/chains`, {
    hops: [
      {
        entityId: await entityId(checker, 'Unnamed national security sources'),
        role: 'origin',
        named: false,
        onRecord: false,
        access: 'unknown',
        cue: 'Citing',
      },
      {
        entityId: await entityId(checker, 'Global News'),
        role: 'relay',
        named: true,
        onRecord: true,
        access: 'second_hand',
        cue: 'reported',
      },
    ],
  })
  claim = await send('post', `/claims/${claim.id}/responses`, {
    entityId: await entityId(checker, 'Han Dong'),
    stance: 'denies',
    words: 'Dong denied allegations that he pushed to delay their release',
  })
  expect(claim.sourcing.computedGrade, 'the relayed anonymous allegation grades S5').toBe('S5')
  const scales = RatingScaleListSchema.parse(await (await checker.get('/api/v1/rating-scales')).json())
  const rating = scales.items
    .flatMap((s) => s.ratings)
    .find((r) => r.label === 'Unsubstantiated' && !r.retired)
  claim = await send('patch', `/claims/${claim.id}`, {
    version: claim.version,
    verdictRatingId: rating?.id,
    rationale: 'Proposed: the report relays unnamed sources whose access is not described.',
  })
  return send('post', `/claims/${claim.id}/submit`, { version: claim.version })
}

test('an editor reviews the allegation, sends it back, then approves and publishes it', async ({
  page,
  browser,
  playwright,
  sessionFile,
  baseURL,
}) => {
  test.setTimeout(90_000)
  const tag = `rv${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const checkerApi = await playwright.request.newContext({
    baseURL,
    storageState: await sessionFile('checker'),
  })
  const claim = await allegationInReview(checkerApi, tag)

  // The queue: the claim is there, with its checker, proposed verdict and grade.
  await page.goto('/review')
  await expect(page.getByRole('heading', { level: 1, name: /Review queue/ })).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: claim.headline })
  await expect(row).toContainText('Unsubstantiated')
  await expect(row).toContainText('S5')
  await expect(row).toContainText('Chris Checker')
  await row.getByRole('link', { name: claim.headline }).click()

  // The review screen: the claim in its paragraph, S5 and why, the chain, a first review.
  await expect(page.getByRole('heading', { level: 1, name: claim.headline })).toBeVisible()
  await expect(page.locator('.claim-context mark')).toContainText(QUOTE)
  await expect(page.getByTestId('effective-grade')).toHaveText('S5')
  const reasons = page.getByRole('list', { name: 'Why the computed grade is S5' })
  await expect(reasons.getByRole('listitem').first()).toBeVisible()
  expect(await reasons.getByRole('listitem').count()).toBeGreaterThan(1)
  await expect(page.getByRole('list', { name: 'Attribution chain, origin first' })).toContainText(
    'Global News',
  )
  await expect(page.getByText('First review: you have not acted on this claim before.')).toBeVisible()

  // Admiralty ratings: each level explained; rate the origin F and the information 4.
  await page.getByRole('button', { name: 'What F (Reliability cannot be judged) means' }).first().hover()
  await expect(page.getByRole('tooltip')).toContainText('No basis exists')
  // Clicked where a user clicks: the level's words (the radio input itself is visually hidden).
  const reliability = page.getByRole('radiogroup', {
    name: 'Reliability of Unnamed national security sources',
  })
  await reliability.getByText('Reliability cannot be judged', { exact: true }).click()
  await expect(reliability.getByRole('radio', { name: 'F: Reliability cannot be judged' })).toBeChecked()
  const credibility = page.getByRole('radiogroup', { name: 'Credibility of the information' })
  await credibility.getByText('Doubtful', { exact: true }).click()
  await expect(credibility.getByRole('radio', { name: '4: Doubtful' })).toBeChecked()
  await page.getByRole('button', { name: 'Save the ratings' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Admiralty ratings saved.' })).toBeVisible()
  await expect(credibility.getByRole('radio', { name: '4: Doubtful' })).toBeChecked()

  // Request changes, with the required comment.
  const comment = `Describe the sources’ access (${tag}).`
  await page.getByRole('button', { name: /Request changes/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Request changes' })
  await dialog.getByRole('button', { name: 'Send back to the checker' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Say what needs to change.')
  await dialog.getByRole('textbox', { name: 'What needs to change' }).fill(comment)
  await dialog.getByRole('button', { name: 'Send back to the checker' }).click()
  await expect(page.getByText('Sent back to the checker with your comment.')).toBeVisible()
  await expect(page.locator('.review-page .status-badge')).toHaveText('Changes requested')

  // The checker sees the comment in their desk queue, and resubmits.
  const checkerContext = await browser.newContext({ storageState: await sessionFile('checker') })
  try {
    const desk = await checkerContext.newPage()
    await desk.goto('/desk')
    const sentBack = desk
      .getByRole('region', { name: /Changes requested/ })
      .getByRole('listitem')
      .filter({ hasText: claim.headline })
    await expect(sentBack).toContainText(comment)
    // From the queue into the workspace, where the checker resubmits the claim.
    await sentBack.getByRole('link').first().click()
    await desk.getByRole('button', { name: 'Resubmit for review' }).click()
    await expect(desk.getByRole('button', { name: 'Resubmit for review' })).toBeHidden()
  } finally {
    await checkerContext.close()
  }
  const resubmitted = ClaimDetailSchema.parse(
    await (await checkerApi.get(`/api/v1/claims/${claim.id}`)).json(),
  )
  expect(resubmitted.status).toBe('in_review')
  await checkerApi.dispose()

  // Back to the editor: what changed since the request, then approve with the keyboard.
  await page.getByRole('button', { name: 'Reload' }).click()
  const changes = page.getByRole('region', { name: 'What changed since you last saw it' })
  await expect(changes).toContainText('Chris Checker resubmitted it')
  await expect(page.locator('.review-page .status-badge')).toHaveText('In review')
  await page.locator('body').press('a')
  await expect(page.getByText('Approved.')).toBeVisible()

  // Publishing is blocked until the rationale answers Dong's denial.
  await page.getByRole('button', { name: /^Publish/ }).click()
  const blocked = page.getByRole('alert').filter({ hasText: 'cannot be published yet' })
  await expect(blocked).toContainText('does not address Han Dong')
  await page.getByRole('button', { name: 'Change the verdict' }).click()
  await page.getByRole('button', { name: /Rating/ }).click()
  await page.getByRole('option', { name: /^Unsubstantiated/ }).click()
  await page
    .getByRole('textbox', { name: 'Rationale' })
    .fill(
      'Global News relays unnamed sources whose access is not described; Han Dong denies it on the record.',
    )
  await page.getByRole('button', { name: 'Save the verdict' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Verdict saved.' })).toBeVisible()
  // The editor's decision, beside the checker's proposal (which keeps its own rationale).
  await expect(page.getByRole('region', { name: 'Editor’s decision' })).toContainText('Han Dong denies it')
  await page.getByRole('button', { name: /^Publish/ }).click()
  await expect(page.getByText('Published: the claim is on the public ledger.')).toBeVisible()

  // A reader finds it on the ledger.
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  try {
    const ledger = await reader.newPage()
    await ledger.goto(`/ledger?q=${tag}`)
    await expect(ledger.getByRole('link', { name: claim.headline })).toBeVisible()
  } finally {
    await reader.close()
  }
})
