/// <reference lib="dom" />
// (Some helpers run in the browser: page.evaluate callbacks use the DOM.)
import { DEMO_ARTICLE_TEXT } from '@claimtrail/db'
import type { Page } from '@playwright/test'
import { importArticle } from '../desk-api.ts'
import { expect as baseExpect, test } from '../fixtures.ts'

const expect = baseExpect.configure({ timeout: 60_000 })

// The main thread on a long article (issue: "the checker's and editor's day"): figures of the
// page's long tasks while it loads, shows 1,000 suggestions, moves through them by keyboard, selects
// and opens a dialog, and takes a 200 KB paste. Tracing is off in this file: Playwright's tracing
// (retain-on-failure keeps it on for every test) snapshots the whole DOM in the page's own thread at
// each action, a 100–250 ms task on a 250 KB article that is the test's cost, not the product's.
test.use({ loggedInAs: 'checker', trace: 'off' })

interface LongTask {
  start: number
  duration: number
}

/** The main thread's long tasks (over 50 ms, PerformanceObserver 'longtask') since the page opened. */
async function longTasksSince(page: Page, since: number): Promise<LongTask[]> {
  return page.evaluate(
    (from) =>
      ((window as unknown as { __longTasks: LongTask[] }).__longTasks ?? []).filter((t) => t.start >= from),
    since,
  )
}

const now = (page: Page) => page.evaluate(() => performance.now())

function summary(tasks: LongTask[]) {
  return {
    count: tasks.length,
    longestMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    totalMs: Math.round(tasks.reduce((sum, t) => sum + t.duration, 0)),
  }
}

test('a 250 KB article with 1,000 suggestions stays responsive', async ({ page, request }, testInfo) => {
  test.setTimeout(400_000)
  // Long tasks are recorded from the first script on.
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = []
    ;(window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  })

  // The demo's densest paragraphs (the ones with claims), repeated to 250 KB: over 1,000 candidate
  // claims, of which the API offers its cap of 1,000 (200 KB gives about 850 since the extractor
  // stopped counting some non-claims).
  const paragraphs = DEMO_ARTICLE_TEXT.split(/\n\s*\n/)
  const dense = paragraphs.filter((p) =>
    ['Last month, Global News', 'Prior to Dong', 'NDP leader'].some((s) => p.startsWith(s)),
  )
  expect(dense).toHaveLength(3)
  const parts: string[] = []
  while (parts.join('\n\n').length < 250_000) parts.push(...dense)
  const text = parts.join('\n\n')
  const article = await importArticle(request, testInfo, text)
  const figures: Record<string, ReturnType<typeof summary>> = {}

  await page.goto(`/desk/articles/${article.id}`)
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()
  // Waits here read the DOM natively (a CSS selector, textContent): Playwright's text and role
  // matching walks every text node of a 250 KB article in the page's own thread and shows up as
  // long tasks of the page, which would be the test's cost, not the product's.
  await page.waitForFunction(() =>
    document.querySelector('.article-body')?.textContent?.includes('NDP leader'),
  )
  // The text is drawn a slice per task: the load's figure counts them all, up to the last paragraph.
  await page.waitForSelector('.article-body[data-complete]')
  expect(
    await page.evaluate(() => document.querySelector('.article-body')?.textContent?.length),
  ).toBeGreaterThan(240_000)
  figures.load = summary(await longTasksSince(page, 0))

  // Open the suggestions and show them all: the feed, the filters, the highlights.
  let from = await now(page)
  await page.getByRole('button', { name: 'Suggestions' }).click()
  const sheet = page.getByRole('region', { name: 'Suggestions' })
  await expect(sheet.getByRole('status')).toContainText('suggested claims', { timeout: 120_000 })
  await sheet.getByRole('button', { name: /Check-worthiness/ }).click()
  await page.getByRole('option', { name: 'Any score' }).click()
  await expect(sheet.getByRole('status')).toContainText('1000 suggested claims')
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            (CSS.highlights as unknown as Map<string, Set<unknown>>).get('claimtrail-suggestion')?.size ?? 0,
        ),
      {
        timeout: 60_000,
      },
    )
    .toBe(1000)
  figures.suggestionsAndHighlights = summary(await longTasksSince(page, from))
  // Virtualised: a screenful of suggestions in the DOM, not a thousand.
  const drawn = await sheet.getByRole('article').count()
  expect(drawn).toBeGreaterThan(0)
  expect(drawn).toBeLessThan(40)

  // Through the feed from the keyboard: move, dismiss, move on.
  from = await now(page)
  const first = sheet.getByRole('article').first()
  await first.focus()
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowDown')
  await expect(sheet.getByRole('article').and(page.locator(':focus'))).toHaveAttribute('aria-posinset', '16')
  await page.keyboard.press('d')
  await expect(sheet.getByRole('status')).toContainText('999 suggested claims')
  await expect(sheet.getByRole('article').and(page.locator(':focus'))).toHaveAttribute('aria-posinset', '16')
  await page.keyboard.press('End')
  await expect(sheet.getByRole('article').and(page.locator(':focus'))).toHaveAttribute('aria-posinset', '999')
  figures.feedKeyboard = summary(await longTasksSince(page, from))

  // Selecting in the text (keyboard) and opening a dialog, with all the highlights drawn.
  from = await now(page)
  await sheet.getByRole('button', { name: 'Close' }).click()
  await page.locator('section[aria-label="Article text"]').focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('.selection-bar .selection-text')).toBeVisible()
  await page.keyboard.press('?')
  await expect(page.locator('[role="dialog"]')).toContainText('Keyboard shortcuts')
  await page.keyboard.press('Escape')
  await expect(page.locator('[role="dialog"]')).toHaveCount(0)
  figures.selectAndDialog = summary(await longTasksSince(page, from))

  // Pasting 200 KB into the import form.
  await page.goto('/desk')
  const source = page.getByRole('textbox', { name: 'Article text' })
  await expect(source).toBeVisible()
  from = await now(page)
  await source.fill(text)
  await page.getByRole('textbox', { name: 'Title' }).fill('Pasted')
  figures.paste200KB = summary(await longTasksSince(page, from))

  // eslint-disable-next-line no-console
  console.log(`long tasks (${testInfo.title}):`, JSON.stringify(figures))
  await testInfo.attach('long-tasks.json', {
    body: JSON.stringify(figures, null, 2),
    contentType: 'application/json',
  })
  // The figures are reported, not asserted: on the shared machine the suite runs on, a CPU-starved
  // browser stretches every task many times over, so a bound would measure the neighbours. What is
  // asserted above is what makes the page fast anywhere: a virtualised feed and sliced highlighting.
  testInfo.annotations.push({ type: 'long tasks', description: JSON.stringify(figures) })
})
