import fs from 'node:fs'
import path from 'node:path'
import { type ArticleDetail, ArticleDetailSchema, ArticleListSchema, type Role } from '@claimtrail/contracts'
import { DEMO_PASSWORD, DEMO_USERS } from '@claimtrail/db'
import { type APIRequestContext, test as base, expect } from '@playwright/test'

export { DEMO_PASSWORD, expect }

export type DemoUser = (typeof DEMO_USERS)[number]

export function demoUser(role: Role): DemoUser {
  const user = DEMO_USERS.find((u) => u.role === role)
  if (!user) throw new Error(`the demo seed has no ${role}`)
  return user
}

/** How the header names each role. */
export const ROLE_WORDS: Record<Role, string> = { checker: 'Fact-checker', editor: 'Editor', admin: 'Admin' }

interface TestFixtures {
  /**
   * An API client with no session, whoever the test is logged in as. (Playwright's own `request`
   * carries the test's storage state: logging in with it would end the shared session.)
   */
  anonymousRequest: APIRequestContext
}

interface Options {
  /**
   * Start the test logged in as this demo account (`test.use({ loggedInAs: 'admin' })`): the session
   * comes from an API login, not the form, so only tests about logging in pay for the UI.
   */
  loggedInAs: Role | null
}

interface WorkerFixtures {
  /** The storage state file of a logged-in session for the role: one API login per worker and role. */
  sessionFile: (role: Role) => Promise<string>
}

/** Logs in through the API; the session cookie lands in `request`'s cookie jar. */
export async function logInWithApi(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const response = await request.post('/api/v1/auth/login', { data: { email, password } })
  expect(response.status(), `API login as ${email}`).toBe(200)
}

export const test = base.extend<Options & TestFixtures, WorkerFixtures>({
  loggedInAs: [null, { option: true }],

  sessionFile: [
    async ({ playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL
      const dir = path.join(workerInfo.project.outputDir, '.sessions')
      fs.mkdirSync(dir, { recursive: true })
      const files = new Map<Role, Promise<string>>()
      async function logIn(role: Role) {
        // An empty jar: a context made while a test runs inherits that test's storage state, and
        // logging in with another session's cookie would end that session (login rotates it).
        const request = await playwright.request.newContext({
          baseURL,
          storageState: { cookies: [], origins: [] },
        })
        try {
          await logInWithApi(request, demoUser(role).email)
          const file = path.join(dir, `worker-${workerInfo.workerIndex}-${role}.json`)
          await request.storageState({ path: file })
          return file
        } finally {
          await request.dispose()
        }
      }
      await use((role) => {
        let file = files.get(role)
        if (!file) {
          file = logIn(role)
          files.set(role, file)
        }
        return file
      })
    },
    { scope: 'worker' },
  ],

  anonymousRequest: async ({ playwright, baseURL }, use) => {
    const request = await playwright.request.newContext({
      baseURL,
      storageState: { cookies: [], origins: [] },
    })
    await use(request)
    await request.dispose()
  },

  // Tests sharing a role's session must not end it (log out, log in again in the same context):
  // those log in on their own.
  storageState: async ({ loggedInAs, sessionFile, storageState }, use) => {
    await use(loggedInAs ? await sessionFile(loggedInAs) : storageState)
  },
})

// The demo article the API seeds on an empty database (shared/seed/article.txt).
export const DEMO_TITLE = 'Chinese interference, Dong (in tears) leaves the Liberals'

/** The demo article as whoever `request` is logged in as (or an anonymous reader) sees it. */
export async function loadDemoArticle(request: APIRequestContext): Promise<ArticleDetail> {
  const list = ArticleListSchema.parse(await (await request.get('/api/v1/articles')).json())
  const summary = list.items.find((a) => a.title === DEMO_TITLE)
  expect(summary, 'the demo article is seeded').toBeDefined()
  const response = await request.get(`/api/v1/articles/${summary?.id}`)
  expect(response.status()).toBe(200)
  return ArticleDetailSchema.parse(await response.json())
}
