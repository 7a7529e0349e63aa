import { type ArticleDetail, PUBLIC_CLAIM_STATUSES, type Role, UserSchema } from '@claimtrail/contracts'
import type { APIRequestContext, Page } from '@playwright/test'
import {
  DEMO_PASSWORD,
  demoUser,
  expect,
  loadDemoArticle,
  logInWithApi,
  ROLE_WORDS,
  test,
} from '../fixtures.ts'

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' })
const header = (page: Page) => page.getByRole('banner')
const accountButton = (page: Page, role: Role) =>
  header(page).getByRole('button', { name: `${demoUser(role).displayName} ${ROLE_WORDS[role]}` })

async function fillLogin(page: Page, email: string, password: string) {
  await page.getByRole('textbox', { name: 'Email' }).fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
}

const WHO: Record<Role, string> = { checker: 'a fact-checker', editor: 'an editor', admin: 'an admin' }

/** Links each role finds in the main navigation: only pages that exist. */
const NAV_LINKS: Record<Role | 'anonymous', string[]> = {
  anonymous: ['Articles', 'Ledger'],
  checker: ['Articles', 'Ledger', 'My queue'],
  editor: ['Articles', 'Ledger', 'My queue', 'Review', 'Dashboard', 'Watch'],
  admin: ['Articles', 'Ledger', 'My queue', 'Review', 'Dashboard', 'Watch', 'Users', 'Rating scales'],
}

test.describe('logging in and out', () => {
  for (const role of ['checker', 'editor', 'admin'] as const) {
    test(`${WHO[role]} logs in with the form, sees who they are and their links, and logs out`, async ({
      page,
    }) => {
      const user = demoUser(role)
      await page.goto('/articles')
      await expect(mainNav(page).getByRole('link')).toHaveText(NAV_LINKS.anonymous)
      await header(page).getByRole('link', { name: 'Log in' }).click()
      await expect(page).toHaveURL(/\/login\?next=%2Farticles$/)
      await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible()

      await fillLogin(page, user.email, DEMO_PASSWORD)

      // Back where they were, as themselves.
      await expect(page).toHaveURL(/\/articles$/)
      await expect(accountButton(page, role)).toBeVisible()
      await expect(accountButton(page, role)).toContainText(user.displayName)
      await expect(accountButton(page, role)).toContainText(ROLE_WORDS[role])
      await expect(mainNav(page).getByRole('link')).toHaveText(NAV_LINKS[role])
      await expect(header(page).getByRole('link', { name: 'Log in' })).toHaveCount(0)

      // The session is the cookie's, not the page's: it survives a reload.
      await page.reload()
      await expect(accountButton(page, role)).toBeVisible()

      if (role === 'admin') {
        await mainNav(page).getByRole('link', { name: 'Users' }).click()
        await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible()
      }

      // Logging out, even from a page only logged-in users may see, leads to the public articles.
      await accountButton(page, role).click()
      await page.getByRole('menuitem', { name: 'Log out' }).click()
      await expect(page).toHaveURL(/\/articles$/)
      await expect(header(page).getByRole('link', { name: 'Log in' })).toBeVisible()
      await expect(accountButton(page, role)).toHaveCount(0)
      await expect(mainNav(page).getByRole('link')).toHaveText(NAV_LINKS.anonymous)
      // And the server agrees.
      expect(await (await page.request.get('/api/v1/auth/me')).json()).toEqual({ user: null })
    })
  }

  test('the form checks its fields, and a wrong password is refused without saying which part', async ({
    page,
  }) => {
    await page.goto('/login')
    await page.getByRole('button', { name: 'Log in', exact: true }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Enter your email' })).toBeVisible()
    await expect(page.getByRole('alert').filter({ hasText: 'Enter your password' })).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'Email' })).toBeFocused()

    await fillLogin(page, 'not-an-email', 'x')
    await expect(page.getByRole('alert').filter({ hasText: 'Invalid email address' })).toBeVisible()

    await fillLogin(page, demoUser('checker').email, 'not-the-password')
    await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect' })).toBeVisible()
    await expect(page).toHaveURL(/\/login$/)
    await expect(header(page).getByRole('button')).toHaveCount(0)
  })

  test('after too many failures the form says how long to wait', async ({ page, anonymousRequest }) => {
    // A throwaway address: the per-account limit (10 failures) must not lock out a demo account.
    const email = `locked-${test.info().workerIndex}-${Date.now()}@example.com`
    for (let i = 0; i < 10; i++) {
      const response = await anonymousRequest.post('/api/v1/auth/login', {
        data: { email, password: 'wrong' },
      })
      expect(response.status()).toBe(401)
    }
    await page.goto('/login')
    await fillLogin(page, email, 'wrong again')
    await expect(page.getByRole('alert')).toHaveText(
      /^Too many login attempts\. Try again in \d+ (minutes?|seconds?)\.$/,
    )
  })

  test('an anonymous visitor to the Users page logs in as admin and lands on it', async ({ page }) => {
    await page.goto('/admin/users')
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers$/)
    await expect(page.getByRole('status').filter({ hasText: 'Log in to continue.' })).toBeVisible()

    await fillLogin(page, demoUser('admin').email, DEMO_PASSWORD)
    await expect(page).toHaveURL(/\/admin\/users$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible()
    await expect(page.getByRole('row', { name: new RegExp(demoUser('checker').email) })).toBeVisible()
  })

  test('a session that ended elsewhere sends the user to log in again, and back', async ({
    page,
    context,
  }) => {
    // Its own session, as this test ends it.
    await logInWithApi(page.request, demoUser('admin').email)
    await page.goto('/admin/users')
    const checker = demoUser('checker')
    const roleOfChecker = page
      .getByRole('row', { name: new RegExp(checker.email) })
      .getByRole('button', { name: `Role of ${checker.displayName}` })
    await expect(roleOfChecker).toContainText('Fact-checker')

    // The session ends on the server (as on expiry) while the browser still holds its cookie.
    const cookies = await context.cookies()
    const logout = await page.request.post('/api/v1/auth/logout', {
      headers: { 'x-csrf-token': await csrfToken(page.request) },
    })
    expect(logout.status()).toBe(204)
    await context.addCookies(cookies)

    // The page's next call is refused (401 SESSION_EXPIRED): off to log in, and back afterwards.
    await roleOfChecker.click()
    await page.getByRole('option', { name: 'Editor' }).click()
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers$/)
    await expect(page.getByRole('status')).toHaveText('Your session has expired. Log in again to continue.')
    await fillLogin(page, demoUser('admin').email, DEMO_PASSWORD)
    await expect(page).toHaveURL(/\/admin\/users$/)
    await expect(roleOfChecker).toContainText('Fact-checker')
  })

  test('a login link cannot send the user to another site afterwards', async ({ page }) => {
    await page.goto('/login?next=//evil.example/phish')
    await fillLogin(page, demoUser('editor').email, DEMO_PASSWORD)
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/articles$/)
    await expect(accountButton(page, 'editor')).toBeVisible()
  })
})

test.describe('as an editor', () => {
  test.use({ loggedInAs: 'editor' })

  test('the Users page says it is for admins', async ({ page }) => {
    await page.goto('/admin/users')
    await expect(page.getByRole('heading', { level: 1, name: 'You cannot open this page' })).toBeVisible()
    await expect(page.getByText('This page is for admins only.')).toBeVisible()
    await expect(mainNav(page).getByRole('link')).toHaveText(NAV_LINKS.editor)
    await expect(page.getByRole('table')).toHaveCount(0)
  })
})

/** The claims the reader highlights: one highlight per distinct start (see article-reader.spec.ts). */
const highlightCount = (article: ArticleDetail) =>
  new Set(article.claims.filter((c) => !c.anchor.orphaned).map((c) => c.anchor.start)).size

test.describe('as a fact-checker', () => {
  test.use({ loggedInAs: 'checker' })

  test('the demo article shows draft claims that an anonymous reader does not see', async ({
    page,
    browser,
    baseURL,
  }) => {
    const anonymous = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } })
    try {
      const publicView = await loadDemoArticle(anonymous.request)
      const deskView = await loadDemoArticle(page.request)
      const hidden = deskView.claims.filter(
        (c) => !(PUBLIC_CLAIM_STATUSES as readonly string[]).includes(c.status),
      )
      expect(hidden.length, 'the demo has unpublished claims').toBeGreaterThan(0)
      expect(highlightCount(deskView)).toBeGreaterThan(highlightCount(publicView))

      const readerPage = await anonymous.newPage()
      await readerPage.goto(`/articles/${publicView.id}`)
      await page.goto(`/articles/${deskView.id}`)

      const highlights = (p: Page) =>
        p.getByRole('region', { name: 'Article text' }).getByRole('button', { name: /^Claims?: / })
      await expect(highlights(readerPage)).toHaveCount(highlightCount(publicView))
      await expect(highlights(page)).toHaveCount(highlightCount(deskView))

      const draft = hidden.find((c) => c.status === 'draft' && !c.anchor.orphaned) ?? hidden[0]
      const draftHighlight = (p: Page) =>
        p.getByRole('region', { name: 'Article text' }).getByRole('button', { name: draft?.headline ?? '-' })
      await expect(draftHighlight(page)).toBeVisible()
      await expect(draftHighlight(readerPage)).toHaveCount(0)
    } finally {
      await anonymous.close()
    }
  })
})

test.describe('managing accounts', () => {
  test.use({ loggedInAs: 'admin' })

  test('an admin creates an account, and deactivating it stops its logins', async ({
    page,
    anonymousRequest,
  }) => {
    const stamp = `${test.info().workerIndex}-${Date.now()}`
    const account = {
      email: `new-${stamp}@example.com`,
      name: `New Checker ${stamp}`,
      password: 'a-long-passphrase-1',
    }

    await page.goto('/admin/users')
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible()
    // Admins cannot demote or deactivate themselves: their own row offers neither.
    const ownRow = page.getByRole('row', { name: new RegExp(demoUser('admin').email) })
    await expect(ownRow).toContainText('Your account')
    await expect(ownRow.getByRole('button')).toHaveCount(0)

    await page.getByRole('button', { name: 'New account' }).click()
    const dialog = page.getByRole('dialog', { name: 'New account' })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Create account' }).click()
    await expect(dialog.getByRole('alert').filter({ hasText: 'Enter an email address' })).toBeVisible()
    await expect(dialog.getByRole('alert').filter({ hasText: 'Enter a name' })).toBeVisible()

    await dialog.getByRole('textbox', { name: 'Email' }).fill(account.email)
    await dialog.getByRole('textbox', { name: 'Name' }).fill(account.name)
    await dialog.getByRole('button', { name: /Role/ }).click()
    await page.getByRole('option', { name: 'Editor' }).click()
    await dialog.getByLabel('Password').fill('too short')
    await dialog.getByRole('button', { name: 'Create account' }).click()
    await expect(
      dialog.getByRole('alert').filter({ hasText: 'Must be at least 12 characters' }),
    ).toBeVisible()
    await dialog.getByLabel('Password').fill(account.password)
    await dialog.getByRole('button', { name: 'Create account' }).click()

    await expect(dialog).toHaveCount(0)
    await expect(page.getByRole('status')).toContainText(`Account created for ${account.name}`)
    const row = page.getByRole('row', { name: new RegExp(account.email) })
    await expect(row).toContainText(account.name)
    await expect(row.getByRole('button', { name: `Role of ${account.name}` })).toContainText('Editor')
    await expect(row).toContainText('Active')

    // The same email again is refused on the field.
    await page.getByRole('button', { name: 'New account' }).click()
    await dialog.getByRole('textbox', { name: 'Email' }).fill(account.email.toUpperCase())
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Someone else')
    await dialog.getByLabel('Password').fill(account.password)
    await dialog.getByRole('button', { name: 'Create account' }).click()
    await expect(
      dialog.getByRole('alert').filter({ hasText: 'An account with this email already exists' }),
    ).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)

    // The new account works...
    const login = (password: string) =>
      anonymousRequest.post('/api/v1/auth/login', { data: { email: account.email, password } })
    expect((await login(account.password)).status()).toBe(200)

    // ...until it is deactivated, after a confirmation that can be declined.
    await row.getByRole('button', { name: `Deactivate ${account.name}` }).click()
    const confirm = page.getByRole('alertdialog', { name: `Deactivate ${account.name}?` })
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await expect(confirm).toHaveCount(0)
    await expect(row).toContainText('Active')

    await row.getByRole('button', { name: `Deactivate ${account.name}` }).click()
    await confirm.getByRole('button', { name: 'Deactivate account' }).click()
    await expect(confirm).toHaveCount(0)
    await expect(row).toContainText('Deactivated')
    await expect(page.getByRole('status')).toHaveText(`${account.name} was deactivated.`)
    await expect(row.getByRole('button', { name: `Reactivate ${account.name}` })).toBeVisible()
    expect((await login(account.password)).status()).toBe(401)
  })
})

test.describe('concurrent changes', () => {
  // Its own admin session (not the shared one): it rotates it on purpose.
  test('a change to an account someone else changed meanwhile is refused with a reload, and a stale CSRF token is renewed', async ({
    page,
  }) => {
    await logInWithApi(page.request, demoUser('admin').email)
    const created = await createAccountWithApi(page.request)

    await page.goto('/admin/users')
    const row = page.getByRole('row', { name: new RegExp(created.email) })
    await expect(row).toContainText('Active')

    // Another admin makes them an editor while this page still shows version 1.
    await patchWithApi(page.request, created.id, { version: created.version, role: 'editor' })

    await row.getByRole('button', { name: `Role of ${created.displayName}` }).click()
    await page.getByRole('option', { name: 'Admin' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'changed by someone else' })
    await expect(alert).toBeVisible()
    await alert.getByRole('button', { name: 'Reload accounts' }).click()
    await expect(alert).toHaveCount(0)
    await expect(row.getByRole('button', { name: `Role of ${created.displayName}` })).toContainText('Editor')

    // Logging in again elsewhere in this browser replaces the session, and with it the CSRF token
    // this page holds: its next write is refused once (403 CSRF), renews the token and goes through.
    await logInWithApi(page.request, demoUser('admin').email)
    const csrfAnswers: number[] = []
    page.on('response', (response) => {
      if (response.url().includes(`/api/v1/users/${created.id}`)) csrfAnswers.push(response.status())
    })
    await row.getByRole('button', { name: `Role of ${created.displayName}` }).click()
    await page.getByRole('option', { name: 'Fact-checker' }).click()
    await expect(page.getByRole('status')).toHaveText(`${created.displayName} is now Fact-checker.`)
    expect(csrfAnswers).toEqual([403, 200])
  })
})

async function csrfToken(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/auth/csrf')
  expect(response.status()).toBe(200)
  return ((await response.json()) as { token: string }).token
}

async function createAccountWithApi(request: APIRequestContext) {
  const stamp = `${test.info().workerIndex}-${Date.now()}`
  const response = await request.post('/api/v1/users', {
    headers: { 'x-csrf-token': await csrfToken(request) },
    data: {
      email: `conflict-${stamp}@example.com`,
      displayName: `Conflict ${stamp}`,
      role: 'checker',
      password: 'a-long-passphrase-2',
    },
  })
  expect(response.status()).toBe(201)
  return UserSchema.parse(await response.json())
}

async function patchWithApi(request: APIRequestContext, userId: string, data: Record<string, unknown>) {
  const response = await request.patch(`/api/v1/users/${userId}`, {
    headers: { 'x-csrf-token': await csrfToken(request) },
    data,
  })
  expect(response.status()).toBe(200)
}
