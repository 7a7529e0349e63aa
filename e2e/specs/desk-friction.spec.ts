/// <reference lib="dom" />
// (Some helpers run in the browser: page.evaluate callbacks use the DOM.)
import {
  type ArticleDetail,
  ArticleDetailSchema,
  type ClaimDetail,
  ClaimDetailSchema,
  RatingScaleListSchema,
} from '@claimtrail/contracts'
import type { APIRequestContext, Page } from '@playwright/test'
import { expectNoA11yViolations } from '../a11y.ts'
import { csrf, importArticle } from '../desk-api.ts'
import { expect as baseExpect, DEMO_PASSWORD, demoUser, logInWithApi, test } from '../fixtures.ts'

// The machine these run on is shared by several suites at once: a page can take longer than the
// default 10 s to answer. What is waited for is still the state a user waits for.
const expect = baseExpect.configure({ timeout: 60_000 })

// The checker's and editor's day without friction: a verdict proposed and decided, the conflict view
// on a narrow panel, marking a claim with the keyboard only, unsaved edits that survive the session,
// and a long article with a thousand suggestions. Each test works on its own copy of the demo text.
test.use({ loggedInAs: 'checker' })

const QUOTE =
  'Dong told a senior Chinese diplomat in February 2021 that China would have to delay the release of Michael Kovrig and Michael Spavor'

const articleText = (page: Page) => page.getByRole('region', { name: 'Article text' })
const panel = (page: Page) => page.getByRole('complementary', { name: 'Claims' })

async function createClaim(request: APIRequestContext, article: ArticleDetail): Promise<ClaimDetail> {
  const start = article.version.body.indexOf(QUOTE)
  const response = await request.post(`/api/v1/articles/${article.id}/claims`, {
    headers: { 'x-csrf-token': await csrf(request) },
    data: {
      start,
      end: start + QUOTE.length,
      statement: 'Han Dong urged a Chinese diplomat to delay the release of the two Michaels.',
      headline: `Dong urged a delay ${Date.now().toString(36)}`,
      kind: 'allegation',
    },
  })
  expect(response.status()).toBe(201)
  return ClaimDetailSchema.parse(await response.json())
}

test('a checker proposes a verdict, the editor sees it as proposed and decides beside it', async ({
  page,
  request,
  browser,
  sessionFile,
}, testInfo) => {
  test.setTimeout(300_000)
  const article = await importArticle(request, testInfo)
  const claim = await createClaim(request, article)
  await page.goto(`/desk/articles/${article.id}?claim=${claim.id}`)
  const editor = panel(page).getByRole('article')
  await expect(editor.getByRole('heading', { level: 2, name: claim.headline })).toBeVisible()

  // The checker proposes: a rating from the scale, and why.
  const verdict = editor.getByRole('region', { name: 'Proposed verdict' })
  await expect(verdict).toContainText('No verdict proposed yet.')
  await verdict.getByRole('button', { name: /Rating/ }).click()
  await page.getByRole('option', { name: /^Unsubstantiated/ }).click()
  await verdict
    .getByRole('textbox', { name: 'Rationale' })
    .fill('Global News relays unnamed sources whose access is not described; Dong denies it.')
  await verdict.getByRole('button', { name: 'Propose this verdict' }).click()
  await expect(verdict.getByText('Verdict proposed: the editor sees it in review.')).toBeVisible()
  await expect(verdict.getByRole('region', { name: 'Proposed by the checker' })).toContainText(
    'Unsubstantiated',
  )
  await editor.getByRole('button', { name: 'Submit for review' }).click()

  // In review, the checker's form is read only, and says why.
  await expect(editor.getByText('Read only. The claim is in review: the editor acts next.')).toBeVisible()
  await expect(editor.getByRole('textbox', { name: 'Statement' })).toBeDisabled()
  await expect(editor.getByRole('combobox', { name: 'Claimant' })).toBeDisabled()
  await expect(editor.getByRole('button', { name: 'Save changes' })).toHaveCount(0)
  await expect(editor.getByRole('button', { name: 'Propose this verdict' })).toHaveCount(0)

  // The editor: the queue shows the proposal; the review screen shows it beside the decision.
  const editorContext = await browser.newContext({ storageState: await sessionFile('editor') })
  try {
    const review = await editorContext.newPage()
    await review.goto('/review')
    const row = review.getByRole('row').filter({ hasText: claim.headline })
    await expect(row).toContainText('Unsubstantiated')
    await row.getByRole('link', { name: claim.headline }).click()
    await expect(review.getByRole('heading', { level: 1, name: claim.headline })).toBeVisible()
    const section = review.getByRole('region', { name: 'Verdict' })
    const proposed = section.getByRole('region', { name: 'Proposed by the checker' })
    await expect(proposed).toContainText('Unsubstantiated')
    await expect(proposed).toContainText('Global News relays unnamed sources')
    await expect(proposed).toContainText('Chris Checker')
    await expect(section.getByRole('region', { name: 'Editor’s decision' })).toContainText(
      'the proposal stands until an editor decides',
    )

    // The editor decides otherwise: a new rating asks to revisit the rationale first.
    await section.getByRole('button', { name: 'Change the verdict' }).click()
    await section.getByRole('button', { name: /Rating/ }).click()
    await review.getByRole('option', { name: /^Misleading/ }).click()
    await expect(section.getByText('The rationale was written for “Unsubstantiated”')).toBeVisible()
    await expectNoA11yViolations(review)
    await section.getByRole('button', { name: 'Save the verdict' }).click()
    await expect(section.getByRole('alert')).toContainText('Save again to keep it as it is.')
    await expect(section.getByRole('textbox', { name: 'Rationale' })).toBeFocused()
    await section
      .getByRole('textbox', { name: 'Rationale' })
      .fill('The report presents a relayed, unattributed allegation as fact; Dong denies it.')
    await section.getByRole('button', { name: 'Save the verdict' }).click()
    const decision = section.getByRole('region', { name: 'Editor’s decision' })
    await expect(decision).toContainText('Misleading')
    await expect(decision).toContainText('presents a relayed, unattributed allegation')
    // Both are kept: the proposal is still there beside the decision.
    await expect(proposed).toContainText('Unsubstantiated')

    // A dialog open (request changes): still nothing serious for axe.
    await review.getByRole('button', { name: /Request changes/ }).click()
    await expect(review.getByRole('dialog', { name: 'Request changes' })).toBeVisible()
    await expectNoA11yViolations(review)
    await review.keyboard.press('Escape')
  } finally {
    await editorContext.close()
  }
  const stored = ClaimDetailSchema.parse(await (await request.get(`/api/v1/claims/${claim.id}`)).json())
  expect(stored.proposal?.verdict?.label).toBe('Unsubstantiated')
  expect(stored.verdict?.label).toBe('Misleading')
})

for (const width of [390, 1280]) {
  test(`the conflict view fits the claim panel at ${width} px and works from the keyboard`, async ({
    page,
    request,
  }, testInfo) => {
    test.setTimeout(300_000)
    await page.setViewportSize({ width, height: 900 })
    const article = await importArticle(request, testInfo)
    const claim = await createClaim(request, article)
    await page.goto(`/desk/articles/${article.id}?claim=${claim.id}`)
    const editor = panel(page).getByRole('article')
    const statement = editor.getByRole('textbox', { name: 'Statement' })
    await expect(statement).toHaveValue(claim.statement)
    await statement.fill('Han Dong urged China to hold the two Michaels longer, Global News reported.')

    // Someone else saves the claim meanwhile.
    const theirs = await request.patch(`/api/v1/claims/${claim.id}`, {
      headers: { 'x-csrf-token': await csrf(request) },
      data: { version: claim.version, statement: 'Dong discussed the two Michaels with a diplomat.' },
    })
    expect(theirs.status()).toBe(200)
    await editor.getByRole('button', { name: 'Save changes' }).click()

    const conflict = editor.getByRole('alert').filter({ hasText: 'Someone else changed this claim' })
    await expect(conflict).toBeVisible()
    const field = conflict.getByRole('listitem').filter({ hasText: 'Statement' })
    await expect(field.getByText('Now saved')).toBeVisible()
    await expect(field).toContainText('Dong discussed the two Michaels with a diplomat.')

    // Nothing of it runs past the panel: every column, "Now saved" included, is inside.
    const box = await panel(page).boundingBox()
    expect(box).not.toBeNull()
    const overflow = await conflict.evaluate((el) => {
      const limit = el.closest('aside')?.getBoundingClientRect()
      const parts = [el, ...Array.from(el.querySelectorAll('.conflict-values > div, dd, dt'))]
      return parts
        .map((p) => p.getBoundingClientRect())
        .filter((r) => limit && (r.right > limit.right + 0.5 || r.left < limit.left - 0.5)).length
    })
    expect(overflow).toBe(0)
    expect(await conflict.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    await expectNoA11yViolations(page)

    // From the keyboard: Tab to "Re-apply my change" and press Enter.
    const reapply = conflict.getByRole('button', { name: 'Re-apply my change' })
    await conflict.getByRole('button', { name: 'Reload' }).focus()
    await page.keyboard.press('Tab')
    await expect(reapply).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(conflict).toHaveCount(0)
    await expect(editor.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible()
    const saved = ClaimDetailSchema.parse(await (await request.get(`/api/v1/claims/${claim.id}`)).json())
    expect(saved.statement).toBe(
      'Han Dong urged China to hold the two Michaels longer, Global News reported.',
    )
  })
}

test('a checker marks a claim with the keyboard only', async ({ page, request }, testInfo) => {
  test.setTimeout(300_000)
  const article = await importArticle(request, testInfo)
  await page.goto(`/desk/articles/${article.id}`)
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()

  // Tab to the article text, once it is drawn: tabbing while the page still renders can pass the
  // region before it exists and use up the presses on the controls after it.
  const text = articleText(page)
  await expect(text).toContainText('Citing unnamed')
  // The workspace's own requests (claims, highlights) redraw the text when they land, and a redraw
  // puts the selection back where the reader's keys had not taken it: start once they have.
  await page.waitForLoadState('networkidle')
  for (let i = 0; i < 60 && !(await text.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(text).toBeFocused()

  // ↓ sentence by sentence to the allegation's, Alt+Shift+→ to move its start a word at a time,
  // Shift+← to take words off its end.
  const bar = page.locator('.selection-bar')
  const barHeight = (await bar.boundingBox())?.height
  const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '')
  // A redraw of the text (a request landing) can put the selection back while the keys move it:
  // the moves are made again from wherever it is until the quote is selected.
  await expect(async () => {
    for (let i = 0; i < 40 && !(await selected()).startsWith('Citing unnamed'); i++) {
      await page.keyboard.press('ArrowDown')
    }
    // Back up when a redraw had left the selection past that sentence.
    for (let i = 0; i < 60 && !(await selected()).startsWith('Citing unnamed'); i++) {
      await page.keyboard.press('ArrowUp')
    }
    expect(await selected()).toMatch(/^Citing unnamed “national security sources”, Global News reported/)
    for (let i = 0; i < 20 && !(await selected()).startsWith('Dong told a senior'); i++) {
      await page.keyboard.press('Alt+Shift+ArrowRight')
    }
    expect(await selected()).toMatch(/^Dong told a senior Chinese diplomat/)
    // The sentence goes on past the quote: take words off its end until it ends with "Spavor".
    for (let i = 0; i < 40 && !(await selected()).endsWith('Spavor'); i++) {
      await page.keyboard.press('Shift+ArrowLeft')
    }
    expect(await selected()).toBe(QUOTE)
  }).toPass({ timeout: 60_000 })
  await expect(page.getByText('Selected:')).toBeVisible()
  // The bar keeps its height whatever it says: the text under it does not move.
  expect((await bar.boundingBox())?.height).toBe(barHeight)

  // n opens the form on the selection; the statement has the focus.
  await page.keyboard.press('n')
  const form = panel(page).getByRole('region', { name: 'New claim' })
  await expect(form.getByRole('textbox', { name: 'Quote from the article' })).toHaveValue(QUOTE)
  await expect(form.getByRole('textbox', { name: 'Statement' })).toBeFocused()
  await page.keyboard.type('Han Dong urged a Chinese diplomat to delay the release of the two Michaels.')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Dong urged a delay of the two Michaels’ release')
  await page.keyboard.press('Enter')

  const editor = panel(page).getByRole('article')
  await expect(
    editor.getByRole('heading', { level: 2, name: 'Dong urged a delay of the two Michaels’ release' }),
  ).toBeVisible()
  const after = ArticleDetailSchema.parse(await (await request.get(`/api/v1/articles/${article.id}`)).json())
  expect(after.claims.map((c) => c.anchor.exact)).toEqual([QUOTE])
})

test('an unsaved edit survives a forced logout and a reload, and leaving asks first', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(300_000)
  // Its own session: the test ends it. The shared session's cookie goes first, or this login would
  // end that session (a login replaces the caller's session) under the tests running beside it.
  await context.clearCookies()
  await logInWithApi(page.request, demoUser('checker').email)
  const article = await importArticle(page.request, testInfo)
  const claim = await createClaim(page.request, article)
  await page.goto(`/desk/articles/${article.id}?claim=${claim.id}`)
  const editor = panel(page).getByRole('article')
  const statement = editor.getByRole('textbox', { name: 'Statement' })
  await expect(statement).toHaveValue(claim.statement)
  const typed = `${claim.statement} It was reported by Global News, citing unnamed sources.`
  await statement.fill(typed)

  // Leaving the claim asks first (an in-app navigation), and the dialog passes axe.
  await page.getByRole('link', { name: 'My queue' }).first().click()
  const leave = page.getByRole('alertdialog', { name: 'Discard your unsaved edit?' })
  await expect(leave).toBeVisible()
  await expectNoA11yViolations(page)
  await leave.getByRole('button', { name: 'Stay' }).click()
  await expect(leave).toHaveCount(0)
  await expect(statement).toHaveValue(typed)
  await editor.getByRole('button', { name: 'All claims' }).click()
  await expect(leave).toBeVisible()
  await leave.getByRole('button', { name: 'Stay' }).click()
  await expect(statement).toHaveValue(typed)

  // The session ends on the server while the browser still holds its cookie.
  const cookies = await context.cookies()
  const logout = await page.request.post('/api/v1/auth/logout', {
    headers: { 'x-csrf-token': await csrf(page.request) },
  })
  expect(logout.status()).toBe(204)
  await context.addCookies(cookies)

  // Saving is refused (401): off to log in; afterwards the edit is back, and says so.
  await editor.getByRole('button', { name: 'Save changes' }).click()
  await expect(page).toHaveURL(/\/login\?next=/)
  await page.getByRole('textbox', { name: 'Email' }).fill(demoUser('checker').email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/desk/articles/${article.id}\\?claim=${claim.id}`))
  await expect(editor.getByRole('status').filter({ hasText: 'Restored your unsaved edit' })).toBeVisible()
  await expect(statement).toHaveValue(typed)

  // A reload asks the browser's own question, then restores the edit again.
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type())
    void dialog.accept()
  })
  await statement.press('Control+End')
  await statement.press('Space')
  await page.reload()
  expect(dialogs).toEqual(['beforeunload'])
  await expect(editor.getByRole('status').filter({ hasText: 'Restored your unsaved edit' })).toBeVisible()
  await expect(statement).toHaveValue(`${typed} `)

  // Saved, the draft is gone: the next visit shows no notice.
  await editor.getByRole('button', { name: 'Save changes' }).click()
  await expect(editor.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible()
  await page.reload()
  await expect(statement).toHaveValue(`${typed}`)
  await expect(editor.getByText('Restored your unsaved edit')).toHaveCount(0)
})

test('pages stay free of serious accessibility problems at 390 px', async ({
  page,
  request,
  browser,
  sessionFile,
}, testInfo) => {
  test.setTimeout(300_000)
  await page.setViewportSize({ width: 390, height: 844 })
  const article = await importArticle(request, testInfo)
  const claim = await createClaim(request, article)
  const scales = RatingScaleListSchema.parse(await (await request.get('/api/v1/rating-scales')).json())
  const rating = scales.items.flatMap((s) => s.ratings).find((r) => r.label === 'Mixed' && !r.retired)
  const proposed = await request.patch(`/api/v1/claims/${claim.id}`, {
    headers: { 'x-csrf-token': await csrf(request) },
    data: { version: claim.version, verdictRatingId: rating?.id, rationale: 'Partly borne out.' },
  })
  expect(proposed.status()).toBe(200)
  const submitted = await request.post(`/api/v1/claims/${claim.id}/submit`, {
    headers: { 'x-csrf-token': await csrf(request) },
    data: { version: claim.version + 1 },
  })
  expect(submitted.status()).toBe(200)

  const noSideScroll = () =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)

  // The checker's workspace, with the claim open (read only, in review).
  await page.goto(`/desk/articles/${article.id}?claim=${claim.id}`)
  await expect(panel(page).getByRole('heading', { level: 2, name: claim.headline })).toBeVisible()
  expect(await noSideScroll()).toBe(true)
  await expectNoA11yViolations(page)

  // The reader pages.
  for (const path of ['/articles', `/articles/${article.id}`, '/ledger']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await noSideScroll(), path).toBe(true)
    await expectNoA11yViolations(page)
  }

  // The editor's review screen.
  const editorContext = await browser.newContext({
    storageState: await sessionFile('editor'),
    viewport: { width: 390, height: 844 },
  })
  try {
    const review = await editorContext.newPage()
    await review.goto(`/review/claims/${claim.id}`)
    await expect(review.getByRole('heading', { level: 1, name: claim.headline })).toBeVisible()
    expect(
      await review.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true)
    await expectNoA11yViolations(review)
  } finally {
    await editorContext.close()
  }
})
