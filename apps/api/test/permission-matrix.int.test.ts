import { createHash } from 'node:crypto'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { eq, isNotNull } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { login } from './session.ts'

type Caller = 'anonymous' | 'checker' | 'editor' | 'admin'
const CALLERS: Caller[] = ['anonymous', 'checker', 'editor', 'admin']

/**
 * The status each caller gets from every route of the OpenAPI document, called without a body
 * (so an allowed write answers 400, and a refused one 401/403 before its body is even read).
 * A route missing from this table fails the test: new routes must declare who may call them.
 */
const EXPECTED: Record<string, Record<Caller, number>> = {
  'GET /healthz': { anonymous: 200, checker: 200, editor: 200, admin: 200 },
  'POST /api/v1/auth/login': { anonymous: 400, checker: 400, editor: 400, admin: 400 },
  'POST /api/v1/auth/logout': { anonymous: 401, checker: 204, editor: 204, admin: 204 },
  'GET /api/v1/auth/me': { anonymous: 200, checker: 200, editor: 200, admin: 200 },
  'GET /api/v1/auth/csrf': { anonymous: 401, checker: 200, editor: 200, admin: 200 },
  'GET /api/v1/users': { anonymous: 401, checker: 403, editor: 403, admin: 200 },
  'POST /api/v1/users': { anonymous: 401, checker: 403, editor: 403, admin: 400 },
  'PATCH /api/v1/users/{userId}': { anonymous: 401, checker: 403, editor: 403, admin: 400 },
  'POST /api/v1/users/{userId}/password-reset': { anonymous: 401, checker: 403, editor: 403, admin: 201 },
  'POST /api/v1/auth/password': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'POST /api/v1/auth/password-reset': { anonymous: 400, checker: 400, editor: 400, admin: 400 },
  'GET /api/v1/articles': { anonymous: 200, checker: 200, editor: 200, admin: 200 },
  'GET /api/v1/articles/{articleId}': { anonymous: 200, checker: 200, editor: 200, admin: 200 },
  'POST /api/v1/articles': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'POST /api/v1/articles/{articleId}/versions': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'GET /api/v1/articles/{articleId}/versions': { anonymous: 401, checker: 200, editor: 200, admin: 200 },
  'GET /api/v1/articles/{articleId}/versions/{number}': {
    anonymous: 401,
    checker: 200,
    editor: 200,
    admin: 200,
  },
  'GET /api/v1/articles/{articleId}/orphans': { anonymous: 401, checker: 200, editor: 200, admin: 200 },
  'POST /api/v1/articles/{articleId}/claims': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'POST /api/v1/articles/{articleId}/suggestions': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'POST /api/v1/articles/{articleId}/suggestions/accept': {
    anonymous: 401,
    checker: 400,
    editor: 400,
    admin: 400,
  },
  'POST /api/v1/articles/{articleId}/suggestions/dismiss': {
    anonymous: 401,
    checker: 400,
    editor: 400,
    admin: 400,
  },
  'GET /api/v1/claims': { anonymous: 401, checker: 200, editor: 200, admin: 200 },
  'GET /api/v1/claims/{claimId}': { anonymous: 401, checker: 200, editor: 200, admin: 200 },
  'PATCH /api/v1/claims/{claimId}': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'POST /api/v1/claims/{claimId}/anchor': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'GET /api/v1/claims/{claimId}/history': { anonymous: 401, checker: 200, editor: 200, admin: 200 },
  'GET /api/v1/claims/{claimId}/changes-since': { anonymous: 401, checker: 200, editor: 200, admin: 200 },
  'POST /api/v1/claims/{claimId}/notes': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'POST /api/v1/claims/{claimId}/submit': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'POST /api/v1/claims/{claimId}/resubmit': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'POST /api/v1/claims/{claimId}/approve': { anonymous: 401, checker: 403, editor: 400, admin: 400 },
  'POST /api/v1/claims/{claimId}/request-changes': { anonymous: 401, checker: 403, editor: 400, admin: 400 },
  'POST /api/v1/claims/{claimId}/publish': { anonymous: 401, checker: 403, editor: 400, admin: 400 },
  'POST /api/v1/claims/{claimId}/correct': { anonymous: 401, checker: 403, editor: 400, admin: 400 },
  'POST /api/v1/claims/{claimId}/retract': { anonymous: 401, checker: 403, editor: 400, admin: 400 },
  'POST /api/v1/claims/{claimId}/chains': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'PUT /api/v1/claims/{claimId}/chains/order': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'PUT /api/v1/chains/{chainId}': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'DELETE /api/v1/chains/{chainId}': { anonymous: 401, checker: 428, editor: 428, admin: 428 },
  'POST /api/v1/claims/{claimId}/responses': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'PUT /api/v1/responses/{responseId}': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'DELETE /api/v1/responses/{responseId}': { anonymous: 401, checker: 428, editor: 428, admin: 428 },
  'POST /api/v1/claims/{claimId}/reply-requests': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'PUT /api/v1/reply-requests/{replyRequestId}': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'DELETE /api/v1/reply-requests/{replyRequestId}': { anonymous: 401, checker: 428, editor: 428, admin: 428 },
  'POST /api/v1/claims/{claimId}/evidence': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'PUT /api/v1/evidence/{evidenceId}': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'DELETE /api/v1/evidence/{evidenceId}': { anonymous: 401, checker: 428, editor: 428, admin: 428 },
  'PUT /api/v1/claims/{claimId}/assessment': { anonymous: 401, checker: 403, editor: 400, admin: 400 },
  'GET /api/v1/dashboard': { anonymous: 401, checker: 403, editor: 200, admin: 200 },
  'GET /api/v1/review/queue': { anonymous: 401, checker: 403, editor: 200, admin: 200 },
  'GET /api/v1/review/article-changes': { anonymous: 401, checker: 403, editor: 200, admin: 200 },
  'GET /api/v1/claims/{claimId}/article-changes': { anonymous: 401, checker: 403, editor: 200, admin: 200 },
  'POST /api/v1/article-changes/{flagId}/dismiss': { anonymous: 401, checker: 403, editor: 400, admin: 400 },
  'GET /api/v1/rating-scales': { anonymous: 401, checker: 200, editor: 200, admin: 200 },
  'PUT /api/v1/rating-scales/{scaleId}': { anonymous: 401, checker: 403, editor: 403, admin: 400 },
  'GET /api/v1/entities': { anonymous: 401, checker: 200, editor: 200, admin: 200 },
  'POST /api/v1/entities': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'GET /api/v1/entities/{entityId}': { anonymous: 401, checker: 200, editor: 200, admin: 200 },
  'PATCH /api/v1/entities/{entityId}': { anonymous: 401, checker: 400, editor: 400, admin: 400 },
  'POST /api/v1/entities/{entityId}/merge': { anonymous: 401, checker: 403, editor: 400, admin: 400 },
  // The public ledger: anyone, logged in or not, and the same answer for all.
  'GET /api/v1/public/claims': { anonymous: 200, checker: 200, editor: 200, admin: 200 },
  'GET /api/v1/public/claims.csv': { anonymous: 200, checker: 200, editor: 200, admin: 200 },
  'GET /api/v1/public/claims/{claimId}': { anonymous: 200, checker: 200, editor: 200, admin: 200 },
  'GET /api/v1/public/claims/{claimId}/claimreview': {
    anonymous: 200,
    checker: 200,
    editor: 200,
    admin: 200,
  },
  'GET /api/v1/public/claims/{claimId}/annotation': { anonymous: 200, checker: 200, editor: 200, admin: 200 },
  'GET /api/v1/public/articles/{articleId}/versions/{versionId}/text': {
    anonymous: 200,
    checker: 200,
    editor: 200,
    admin: 200,
  },
  // The fixture's evidence is not in a publication record with a frozen capture: the same 404 for all
  // (its 200, 409 and 410 are in evidence-captures.int.test.ts).
  'GET /api/v1/public/claims/{claimId}/evidence/{evidenceId}/snapshot': {
    anonymous: 404,
    checker: 404,
    editor: 404,
    admin: 404,
  },
  'GET /api/v1/public/claimreview': { anonymous: 200, checker: 200, editor: 200, admin: 200 },
  'GET /api/v1/public/entities/{entityId}': { anonymous: 200, checker: 200, editor: 200, admin: 200 },
  'GET /api/v1/public/methodology': { anonymous: 200, checker: 200, editor: 200, admin: 200 },
  // A job is seen by its owner (the checker here) and by editors.
  'GET /api/v1/jobs/{jobId}': { anonymous: 401, checker: 200, editor: 200, admin: 200 },
  'POST /api/v1/evidence/{evidenceId}/captures': { anonymous: 401, checker: 202, editor: 202, admin: 202 },
  'GET /api/v1/evidence/{evidenceId}/captures/{captureId}': {
    anonymous: 401,
    checker: 200,
    editor: 200,
    admin: 200,
  },
  'GET /api/v1/watch': { anonymous: 401, checker: 403, editor: 200, admin: 200 },
  'POST /api/v1/watch/{watchId}/check': { anonymous: 401, checker: 403, editor: 202, admin: 202 },
  'POST /api/v1/watch/changes/{changeId}/acknowledge': {
    anonymous: 401,
    checker: 403,
    editor: 200,
    admin: 200,
  },
}

/** A stored snapshot of the evidence, as a finished capture leaves it. */
async function captureFixture(db: TestApp['db']['handle']['db'], evidenceId: string) {
  const bytes = Buffer.from('<p>The snapshot</p>')
  const [capture] = await db
    .insert(schema.evidenceCaptures)
    .values({
      evidenceId,
      status: 'ok',
      url: 'http://127.0.0.1:9/snapshot',
      httpStatus: 200,
      contentType: 'text/html',
      finalUrl: 'http://127.0.0.1:9/snapshot',
      capturedAt: new Date(),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      byteSize: bytes.length,
      bytes,
      extractedText: 'The snapshot',
    })
    .returning()
  return { captureId: capture?.id ?? '' }
}

/** A watched link the address policy refuses at once (so "check now" ends fast), with a change. */
async function watchFixture(db: TestApp['db']['handle']['db'], evidenceId: string) {
  const [watched] = await db
    .insert(schema.watchedSources)
    .values({ kind: 'evidence', evidenceId, url: 'http://127.0.0.1:9/gone' })
    .returning()
  const [change] = await db
    .insert(schema.sourceWatchChanges)
    .values({ watchedSourceId: watched?.id ?? '', kind: 'dead', httpStatus: 404 })
    .returning()
  return { watchId: watched?.id ?? '', changeId: change?.id ?? '' }
}

describe.each(await testDatabases())('permission matrix on $driver', (testDb) => {
  let t: TestApp
  let params: Record<string, string>
  beforeAll(async () => {
    t = await createTestApp(testDb, { env: { LOGIN_MAX_FAILURES_PER_ADDRESS: '100000' } })
    const db = t.db.handle.db
    const first = async <T>(rows: Promise<T[]>) => (await rows)[0]
    const article = await first(db.select().from(schema.articles))
    const checker = await first(db.select().from(schema.users).where(eq(schema.users.role, 'checker')))
    const claim = await first(db.select().from(schema.claims))
    const chain = await first(db.select().from(schema.attributionChains))
    const response = await first(db.select().from(schema.responses))
    const replyRequest = await first(db.select().from(schema.replyRequests))
    // One with a web address, so that capturing it again is possible.
    const evidence = await first(db.select().from(schema.evidence).where(isNotNull(schema.evidence.url)))
    const entity = await first(db.select().from(schema.entities))
    // The demo article has a public claim, so its text is public (Web Annotation source).
    const version = await first(
      db
        .select()
        .from(schema.articleVersions)
        .where(eq(schema.articleVersions.articleId, article?.id ?? '')),
    )
    const scale = await first(db.select().from(schema.ratingScales))
    // Held by another process (lease far ahead), so this app's runner leaves it alone.
    const job = await first(
      db
        .insert(schema.jobs)
        .values({
          kind: 'article_version.import',
          ownerId: checker?.id ?? '',
          articleId: article?.id ?? null,
          status: 'running',
          leaseUntil: new Date(Date.now() + 3_600_000),
          input: {},
          deadlineAt: new Date(Date.now() + 3_600_000),
        })
        .returning(),
    )
    const evidenceId = evidence?.id ?? ''
    const watch = await watchFixture(db, evidenceId)
    const capture = await captureFixture(db, evidenceId)
    params = {
      articleId: article?.id ?? '',
      userId: checker?.id ?? '',
      claimId: claim?.id ?? '',
      chainId: chain?.id ?? '',
      responseId: response?.id ?? '',
      replyRequestId: replyRequest?.id ?? '',
      evidenceId,
      entityId: entity?.id ?? '',
      scaleId: scale?.id ?? '',
      number: '1',
      jobId: job?.id ?? '',
      versionId: version?.id ?? '',
      ...watch,
      ...capture,
    }
  })
  afterAll(async () => {
    await t?.close()
  })

  it('answers every documented route with the expected status for every role', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>
    }
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    )
    expect(routes.filter((r) => !(r in EXPECTED))).toEqual([])

    const actual: Record<string, Record<Caller, number>> = {}
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string]
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? 'missing')
      actual[route] = {} as Record<Caller, number>
      for (const caller of CALLERS) {
        // A fresh session per call: logout must not end the session other calls use.
        const headers = caller === 'anonymous' ? {} : (await login(t.app, `${caller}@example.com`)).headers
        const res = await t.app.inject({ method: method as 'GET', url, headers })
        actual[route][caller] = res.statusCode
      }
    }
    expect(actual).toEqual(EXPECTED)
    // One real login (argon2) per route and role: the table grows with every route.
  }, 240_000)
})
