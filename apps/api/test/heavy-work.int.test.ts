import { ErrorSchema, ImportedVersionSchema, type Job, JobSchema } from '@claimtrail/contracts'
import { DEMO_ARTICLE_TEXT, schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { and, asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../src/services/auth/passwords.ts'
import { createTestApp, type TestApp } from './helpers.ts'
import { type LoggedIn, login } from './session.ts'

const { articles, articleVersions, claims, events, jobs, users } = schema

// Heavy work off the request path (ADR 014): long imports become jobs, heavy computation runs in
// the worker pool, and other requests keep being answered meanwhile, on both databases.
describe.each(await testDatabases())('heavy work and jobs on $driver', (testDb) => {
  let t: TestApp
  let checker: LoggedIn
  let editor: LoggedIn
  let otherChecker: LoggedIn
  let articleId: string

  beforeAll(async () => {
    t = await createTestApp(testDb, {
      env: {
        JOB_THRESHOLD_CHARS: '20000',
        JOBS_POLL_MS: '50',
        ARTICLE_MAX_CHARS: '1500000',
        TASK_TIMEOUT_MS: '20000',
      },
    })
    await t.db.handle.db.insert(users).values({
      email: 'checker2@example.com',
      displayName: 'Second Checker',
      role: 'checker',
      passwordHash: await hashPassword('claimtrail-demo'),
    })
    checker = await login(t.app, 'checker@example.com')
    editor = await login(t.app, 'editor@example.com')
    otherChecker = await login(t.app, 'checker2@example.com')
    const [article] = await t.db.handle.db.select().from(articles)
    articleId = article?.id ?? ''
  })
  afterAll(async () => {
    await t?.close()
  })

  const db = () => t.db.handle.db
  const timed = async <T>(work: Promise<T>) => {
    const started = performance.now()
    const value = await work
    return { value, ms: performance.now() - started }
  }
  const getJob = async (id: string, who: LoggedIn = checker) =>
    t.app.inject({ method: 'GET', url: `/api/v1/jobs/${id}`, headers: { cookie: who.cookie } })
  const waitForJob = async (id: string): Promise<Job> => {
    for (;;) {
      const job = JobSchema.parse((await getJob(id)).json())
      if (job.status === 'succeeded' || job.status === 'failed') return job
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  it('answers other requests while a heavy suggestions computation runs', async () => {
    // A hostile shape for the extractor: it runs in a worker thread, not on the event loop. Under
    // JOB_THRESHOLD_CHARS, so the request itself waits for it (a longer text is a job:
    // suggestions-job.int.test.ts).
    const text = '“A,” he said. '.repeat(1_400)
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/articles',
      headers: checker.headers,
      payload: { title: 'Hostile quotes', source: { format: 'text', text } },
    })
    expect(created.statusCode).toBe(201)
    const hostileId = created.json().article.id as string
    let settled = false
    const heavy = t.app
      .inject({
        method: 'POST',
        url: `/api/v1/articles/${hostileId}/suggestions`,
        headers: checker.headers,
        payload: {},
      })
      .finally(() => {
        settled = true
      })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const health = await timed(t.app.inject({ method: 'GET', url: '/healthz' }))
    const list = await timed(
      t.app.inject({ method: 'GET', url: '/api/v1/articles', headers: { cookie: editor.cookie } }),
    )
    const heavyStillRunning = !settled
    expect(health.value.statusCode).toBe(200)
    expect(list.value.statusCode).toBe(200)
    expect(health.ms).toBeLessThan(1_000)
    expect(list.ms).toBeLessThan(1_000)
    const res = await heavy
    expect(res.statusCode).toBe(200)
    // The point of the test: the heavy call was still running when the others were answered.
    expect(heavyStillRunning).toBe(true)
  }, 60_000)

  it('imports a long new version as a job, answers meanwhile, and ends with the claims re-anchored', async () => {
    const before = await db().select().from(claims).where(eq(claims.articleId, articleId))
    expect(before.length).toBeGreaterThan(0)
    const filler = 'The council met again on Thursday and discussed the harbour budget at length. '.repeat(
      12_000,
    )
    const text = `Breaking: ${DEMO_ARTICLE_TEXT}\n\n${filler}`
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/versions`,
      headers: checker.headers,
      payload: { source: { format: 'text', text } },
    })
    expect(started.statusCode).toBe(202)
    const queued = JobSchema.parse(started.json())
    expect(queued).toMatchObject({ kind: 'article_version.import', articleId, result: null, error: null })
    expect(started.headers.location).toBe(`/api/v1/jobs/${queued.id}`)

    const health = await timed(t.app.inject({ method: 'GET', url: '/healthz' }))
    expect(health.value.statusCode).toBe(200)
    expect(health.ms).toBeLessThan(1_000)

    const done = await waitForJob(queued.id)
    expect(done.status).toBe('succeeded')
    expect(done.phase).toBe('done')
    const result = ImportedVersionSchema.parse(done.result)
    expect(result.created).toBe(true)
    if (!result.created) return
    expect(result.reanchored.moved + result.reanchored.position + result.reanchored.fuzzy).toBe(before.length)
    const after = await db().select().from(claims).where(eq(claims.articleId, articleId))
    for (const claim of after) {
      expect(claim.articleVersionId).toBe(result.version.id)
      expect(text.slice(claim.anchorStart, claim.anchorEnd)).toBe(claim.anchorExact)
    }
    const trail = await db()
      .select({ action: events.action })
      .from(events)
      .where(and(eq(events.subjectType, 'job'), eq(events.subjectId, queued.id)))
      .orderBy(asc(events.id))
    expect(trail.map((e) => e.action)).toEqual(['job.enqueued', 'job.succeeded'])

    // Its owner and editors see it; another checker does not learn it exists.
    expect((await getJob(queued.id, editor)).statusCode).toBe(200)
    const hidden = await getJob(queued.id, otherChecker)
    expect(hidden.statusCode).toBe(404)
    expect(ErrorSchema.parse(hidden.json()).message).toBe('Job not found')
  }, 120_000)

  it('fails a job past its deadline, saying why, and writes nothing', async () => {
    const [owner] = await db().select().from(users).where(eq(users.email, 'checker@example.com'))
    const versionsBefore = await db()
      .select()
      .from(articleVersions)
      .where(eq(articleVersions.articleId, articleId))
    const [job] = await db()
      .insert(jobs)
      .values({
        kind: 'article_version.import',
        ownerId: owner?.id ?? '',
        articleId,
        input: { actorRole: 'checker', text: { body: 'x', sha256: '0'.repeat(64), sourceFormat: 'text' } },
        deadlineAt: new Date(Date.now() - 1_000),
      })
      .returning()
    const done = await waitForJob(job?.id ?? '')
    expect(done.status).toBe('failed')
    expect(done.error).toMatchObject({
      code: 'JOB_EXPIRED',
      message: expect.stringContaining('nothing was written'),
    })
    expect(
      await db().select().from(articleVersions).where(eq(articleVersions.articleId, articleId)),
    ).toHaveLength(versionsBefore.length)
  }, 30_000)

  it('takes up a job whose runner died (its lease passed), as after a restart', async () => {
    const [owner] = await db().select().from(users).where(eq(users.email, 'checker@example.com'))
    const text = `${DEMO_ARTICLE_TEXT}\n\nA late correction was appended.`
    const [job] = await db()
      .insert(jobs)
      .values({
        kind: 'article_version.import',
        ownerId: owner?.id ?? '',
        articleId,
        status: 'running',
        phase: 'computing',
        attempts: 1,
        leaseUntil: new Date(Date.now() - 1_000),
        input: {
          actorRole: 'checker',
          text: {
            body: text,
            sha256: (await import('node:crypto')).createHash('sha256').update(text, 'utf8').digest('hex'),
            sourceFormat: 'text',
          },
        },
        deadlineAt: new Date(Date.now() + 60_000),
      })
      .returning()
    const done = await waitForJob(job?.id ?? '')
    expect(done).toMatchObject({ status: 'succeeded', error: null })
    expect(ImportedVersionSchema.parse(done.result).created).toBe(true)
  }, 30_000)

  it('refuses with 429 when JOBS_MAX_PENDING jobs are waiting, writing nothing', async () => {
    const [owner] = await db().select().from(users).where(eq(users.email, 'checker@example.com'))
    // Twenty jobs held by another process (leases far ahead): the default limit is reached.
    const held = Array.from({ length: 20 }, () => ({
      kind: 'article_version.import',
      ownerId: owner?.id ?? '',
      articleId,
      status: 'running',
      leaseUntil: new Date(Date.now() + 3_600_000),
      input: {},
      deadlineAt: new Date(Date.now() + 3_600_000),
    }))
    const rows = await db().insert(jobs).values(held).returning({ id: jobs.id })
    const versionsBefore = await db()
      .select()
      .from(articleVersions)
      .where(eq(articleVersions.articleId, articleId))
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/articles/${articleId}/versions`,
        headers: checker.headers,
        payload: { source: { format: 'text', text: 'Another long text. '.repeat(2_000) } },
      })
      expect(res.statusCode).toBe(429)
      expect(ErrorSchema.parse(res.json())).toMatchObject({
        code: 'TOO_MANY_JOBS',
        message: expect.stringContaining('JOBS_MAX_PENDING'),
      })
      expect(await db().select().from(jobs).where(eq(jobs.status, 'queued'))).toEqual([])
      expect(
        await db().select().from(articleVersions).where(eq(articleVersions.articleId, articleId)),
      ).toHaveLength(versionsBefore.length)
    } finally {
      await db()
        .delete(jobs)
        .where(and(eq(jobs.status, 'running'), eq(jobs.articleId, articleId)))
    }
    expect(rows).toHaveLength(20)
  })

  it('refuses a text over ARTICLE_MAX_CHARS with 413 and a deeply nested JSON body with 400, quickly', async () => {
    const tooLong = await t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/versions`,
      headers: checker.headers,
      payload: { source: { format: 'text', text: 'a'.repeat(1_500_001) } },
    })
    expect(tooLong.statusCode).toBe(413)
    expect(ErrorSchema.parse(tooLong.json()).message).toContain('ARTICLE_MAX_CHARS')

    const nested = `${'['.repeat(500_000)}${']'.repeat(500_000)}`
    const deep = await timed(
      t.app.inject({
        method: 'POST',
        url: `/api/v1/articles/${articleId}/suggestions`,
        headers: { ...checker.headers, 'content-type': 'application/json' },
        payload: nested,
      }),
    )
    expect(deep.value.statusCode).toBe(400)
    expect(ErrorSchema.parse(deep.value.json())).toMatchObject({
      code: 'JSON_TOO_DEEP',
      message: 'The JSON body is nested more than 32 levels deep (JSON_MAX_DEPTH)',
    })
    expect(deep.ms).toBeLessThan(500)
  })
})
