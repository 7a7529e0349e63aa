import { RatingScaleListSchema } from '@claimtrail/contracts'
import type { APIRequestContext, Page } from '@playwright/test'
import { expectNoA11yViolations } from '../a11y.ts'
import { expect, test } from '../fixtures.ts'

// The rating scale admin page. Only this file writes the scale: its tests run one after
// the other so they do not make each other's saves stale. They change descriptions only, which
// edits ratings in place (a label or value change would retire ratings the demo's verdicts use).
test.use({ loggedInAs: 'admin' })
test.describe.configure({ mode: 'serial' })

const ratingGroup = (page: Page, label: string) =>
  page.getByRole('group', { name: new RegExp(`^Rating \\d+: ${label}$`) })

async function csrf(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/auth/csrf')
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

test('an admin edits a rating’s description and readers see it on the methodology page', async ({
  page,
  browser,
}, testInfo) => {
  const description = `The claim is borne out by the evidence, checked ${Date.now()}.`
  await page.goto('/articles')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rating scales' }).click()
  await expect(page).toHaveURL(/\/admin\/rating-scales$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Rating scales' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Retired ratings' })).toBeVisible()

  // The whole page, header and navigation included.
  await expectNoA11yViolations(page, { all: true })

  const accurate = ratingGroup(page, 'Accurate')
  await accurate.getByRole('textbox', { name: 'Description' }).fill(description)
  await page.getByRole('button', { name: 'Save the scale' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Rating scale saved.' })).toBeVisible()

  const reader = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    storageState: { cookies: [], origins: [] },
  })
  try {
    const readerPage = await reader.newPage()
    await readerPage.goto('/ledger/methodology')
    const verdicts = readerPage.getByRole('region', { name: 'Verdicts' })
    await expect(
      verdicts
        .getByRole('row')
        .filter({ has: readerPage.getByRole('rowheader', { name: 'Accurate', exact: true }) }),
    ).toContainText(description)
  } finally {
    await reader.close()
  }
})

test('ratings move with the keyboard, a missing label is named, and Cancel discards', async ({ page }) => {
  await page.goto('/admin/rating-scales')
  const first = page.getByRole('list', { name: 'Ratings, best first' }).getByRole('group').first()
  const firstName = ((await first.locator('legend').textContent()) ?? '').replace(/^Rating 1: /, '')
  await expect(first.getByRole('button', { name: `Move up ${firstName}` })).toBeDisabled()

  // Move down with Enter: the rating is now second, focus stays on its button, and it is announced.
  const down = first.getByRole('button', { name: `Move down ${firstName}` })
  await down.focus()
  await page.keyboard.press('Enter')
  const moved = page.getByRole('group', { name: `Rating 2: ${firstName}` })
  await expect(moved).toBeVisible()
  await expect(moved.getByRole('button', { name: `Move down ${firstName}` })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: `${firstName} moved to position 2` })).toBeVisible()
  await page.keyboard.press('Shift+Tab')
  await expect(moved.getByRole('button', { name: `Move up ${firstName}` })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('group', { name: `Rating 1: ${firstName}` })).toBeVisible()

  // An emptied label is refused before anything is sent, next to the field.
  const label = page
    .getByRole('group', { name: `Rating 1: ${firstName}` })
    .getByRole('textbox', { name: 'Label' })
  await label.fill('')
  await page.getByRole('button', { name: 'Save the scale' }).click()
  const emptied = page.getByRole('group', { name: 'Rating 1: New rating' })
  await expect(emptied.getByText('Enter a label')).toBeVisible()
  await expect(emptied.getByRole('textbox', { name: 'Label' })).toBeFocused()
  await expect(emptied.getByRole('textbox', { name: 'Label' })).toHaveAttribute('aria-invalid', 'true')

  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('group', { name: `Rating 1: ${firstName}` })).toBeVisible()
})

test('a save over someone else’s newer save is a conflict: reload shows theirs', async ({
  page,
  request,
}) => {
  await page.goto('/admin/rating-scales')
  const mixed = ratingGroup(page, 'Mixed')
  await mixed.getByRole('textbox', { name: 'Description' }).fill('Mine, typed on a page about to be stale.')

  // Someone else saves the scale after this page read it.
  const scales = RatingScaleListSchema.parse(await (await request.get('/api/v1/rating-scales')).json())
  const scale = scales.items.find((s) => s.isDefault) ?? scales.items[0]
  if (!scale) throw new Error('no rating scale')
  const theirs = `Parts are right and parts are wrong (${Date.now()}).`
  const put = await request.put(`/api/v1/rating-scales/${scale.id}`, {
    headers: { 'x-csrf-token': await csrf(request) },
    data: {
      version: scale.version,
      ratings: scale.ratings
        .filter((r) => !r.retired)
        .map(({ id, label, description, colour, ratingValue }) => ({
          id,
          label,
          description: label === 'Mixed' ? theirs : description,
          colour,
          ratingValue,
        })),
    },
  })
  expect(put.status(), await put.text()).toBe(200)

  await page.getByRole('button', { name: 'Save the scale' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Someone else saved this scale' })
  await expect(alert).toBeVisible()
  await alert.getByRole('button', { name: 'Reload their version' }).click()
  await expect(mixed.getByRole('textbox', { name: 'Description' })).toHaveValue(theirs)
  await expect(page.getByRole('status').filter({ hasText: 'Reloaded' })).toBeVisible()
})

test('a field the API refuses is named next to that field', async ({ page }) => {
  await page.goto('/admin/rating-scales')
  const second = page.getByRole('list', { name: 'Ratings, best first' }).getByRole('group').nth(1)
  await expect(second).toBeVisible()
  // The API checks with the same contract as the form, so a refusal is forced here: what matters is
  // that its `body.ratings.1.label` lands on the second rating's label.
  await page.route('**/api/v1/rating-scales/*', (route) =>
    route.request().method() === 'PUT'
      ? route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({
            code: 'VALIDATION',
            message: 'body.ratings.1.label: must be at most 60 characters',
            requestId: 'e2e',
            details: {
              issues: [{ field: 'body.ratings.1.label', message: 'must be at most 60 characters' }],
            },
          }),
        })
      : route.fallback(),
  )
  await second.getByRole('textbox', { name: 'Description' }).fill('Refused on purpose.')
  await page.getByRole('button', { name: 'Save the scale' }).click()
  await expect(second.getByText('Must be at most 60 characters')).toBeVisible()
  await expect(second.getByRole('textbox', { name: 'Label' })).toHaveAttribute('aria-invalid', 'true')
  await expect(second.getByRole('textbox', { name: 'Label' })).toBeFocused()
})
