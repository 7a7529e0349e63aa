import { UserSchema } from '@claimtrail/contracts'
import type { Page } from '@playwright/test'
import { demoUser, expect, logInWithApi, test } from '../fixtures.ts'

async function fillLogin(page: Page, email: string, password: string) {
  await page.getByRole('textbox', { name: 'Email' }).fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
}

test('a user changes their password from the account menu and logs in with the new one', async ({
  page,
  anonymousRequest,
}) => {
  // An account of its own: the demo accounts' passwords are shared by every other test.
  const stamp = `${test.info().workerIndex}-${Date.now()}`
  const account = {
    email: `pw-${stamp}@example.com`,
    name: `Pat Writer ${stamp}`,
    password: 'first quiet harbour lamp',
  }
  await logInWithApi(anonymousRequest, demoUser('admin').email)
  const csrf = (await (await anonymousRequest.get('/api/v1/auth/csrf')).json()) as { token: string }
  const created = await anonymousRequest.post('/api/v1/users', {
    headers: { 'x-csrf-token': csrf.token },
    data: { email: account.email, displayName: account.name, role: 'checker', password: account.password },
  })
  expect(created.status()).toBe(201)
  UserSchema.parse(await created.json())

  await page.goto('/login')
  await fillLogin(page, account.email, account.password)
  await page
    .getByRole('banner')
    .getByRole('button', { name: new RegExp(account.name) })
    .click()
  await page.getByRole('menuitem', { name: 'Change password' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Change password' })).toBeVisible()

  // A weak password is refused by the shared rule before anything is sent, next to its field.
  await page.getByLabel('Current password').fill(account.password)
  await page.getByLabel('New password', { exact: true }).fill('123456789012')
  await page.getByLabel('Repeat the new password').fill('123456789012')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Is too easy to guess' })).toBeVisible()
  await expect(page.getByLabel('New password', { exact: true })).toBeFocused()

  // A wrong current password is the API's to refuse, and says which field.
  await page.getByLabel('Current password').fill('not my password at all')
  await page.getByLabel('New password', { exact: true }).fill('copper violin meadow kite')
  await page.getByLabel('Repeat the new password').fill('copper violin meadow kite')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Is not your current password' })).toBeVisible()

  await page.getByLabel('Current password').fill(account.password)
  await page.getByLabel('New password', { exact: true }).fill('copper violin meadow kite')
  await page.getByLabel('Repeat the new password').fill('copper violin meadow kite')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByRole('status')).toContainText('Your password has been changed')

  await page
    .getByRole('banner')
    .getByRole('button', { name: new RegExp(account.name) })
    .click()
  await page.getByRole('menuitem', { name: 'Log out' }).click()
  await page.goto('/login')
  await fillLogin(page, account.email, account.password)
  await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect' })).toBeVisible()
  await fillLogin(page, account.email, 'copper violin meadow kite')
  await expect(page.getByRole('banner').getByRole('button', { name: new RegExp(account.name) })).toBeVisible()
})
