import {
  ArticleSuggestionsSchema,
  JobSchema,
  type SuggestionsJob,
  SuggestionsJobSchema,
} from '@claimtrail/contracts'
import { DEMO_ARTICLE_TEXT, schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { and, asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { type LoggedIn, login } from './session.ts'

const { events } = schema

// Suggestions of a long article are a job (ADR 014): the request is answered at once with 202 and
// the job, the extractor runs in the worker pool, and requests arriving meanwhile are answered.
describe.each(await testDatabases())('suggestions as a job on $driver', (testDb) => {
  let t: TestApp
  let checker: LoggedIn
  let editor: LoggedIn

  beforeAll(async () => {
    t = await createTestApp(testDb, {
      env: {
        JOB_THRESHOLD_CHARS: '20000',
        JOBS_POLL_MS: '50',
        ARTICLE_MAX_CHARS: '1500000',
        TASK_TIMEOUT_MS: '60000',
      },
    })
    checker = await login(t.app, 'checker@example.com')
    editor = await login(t.app, 'editor@example.com')
  })
  afterAll(async () => {
    await t?.close()
  })

  const createArticle = async (title: string, text: string) => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/articles',
      headers: checker.headers,
      payload: { title, source: { format: 'text', text } },
    })
    expect(created.statusCode).toBe(201)
    return created.json().article.id as string
  }
  const requestSuggestions = (articleId: string, payload: Record<string, unknown> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/suggestions`,
      headers: checker.headers,
      payload,
    })
  const getJob = async (id: string) =>
    JobSchema.parse(
      (
        await t.app.inject({ method: 'GET', url: `/api/v1/jobs/${id}`, headers: { cookie: checker.cookie } })
      ).json(),
    )
  const waitForJob = async (id: string) => {
    for (;;) {
      const job = await getJob(id)
      if (job.status === 'succeeded' || job.status === 'failed') return job
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const timed = async <T>(work: Promise<T>) => {
    const started = performance.now()
    const value = await work
    return { value, ms: performance.now() - started }
  }

  it('answers a long article with 202 and a job at once, answers others while it runs, and ends with the suggestions', async () => {
    // The extractor's hostile shape, long enough to keep a worker thread busy for a while.
    const articleId = await createArticle('Hostile quotes', '“A,” he said. '.repeat(10_000))
    const asked = await timed(requestSuggestions(articleId))
    expect(asked.value.statusCode).toBe(202)
    const queued = SuggestionsJobSchema.parse(asked.value.json())
    expect(queued).toMatchObject({ kind: 'article.suggestions', articleId, result: null, error: null })
    expect(asked.value.headers.location).toBe(`/api/v1/jobs/${queued.id}`)

    // Requests arriving while the job runs are answered, and quickly.
    const health = await timed(t.app.inject({ method: 'GET', url: '/healthz' }))
    const list = await timed(
      t.app.inject({ method: 'GET', url: '/api/v1/articles', headers: { cookie: editor.cookie } }),
    )
    const stillRunning = (await getJob(queued.id)).status !== 'succeeded'
    expect(health.value.statusCode).toBe(200)
    expect(list.value.statusCode).toBe(200)
    expect(health.ms).toBeLessThan(1_000)
    expect(list.ms).toBeLessThan(1_000)
    // The point of the test: the job had not finished when the others were answered.
    expect(stillRunning).toBe(true)

    const done = (await waitForJob(queued.id)) as SuggestionsJob
    expect(done).toMatchObject({ status: 'succeeded', phase: 'done', error: null })
    // The result is answered as the database stores it (job-answer.ts): exactly the contract's
    // shape, nothing the response schema would have taken out.
    const answered = await t.app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${queued.id}`,
      headers: { cookie: checker.cookie },
    })
    expect(answered.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JobSchema.parse(answered.json())).toStrictEqual(answered.json())
    const result = ArticleSuggestionsSchema.parse(done.result)
    expect(result.articleId).toBe(articleId)
    // The API's cap: the first 1,000 of the text's 10,000 quotations.
    expect(result.suggestions).toHaveLength(1_000)
    expect(result.suggestions[0]?.anchor.start).toBeLessThan(result.suggestions[999]?.anchor.start ?? 0)

    const trail = await t.db.handle.db
      .select({ action: events.action })
      .from(events)
      .where(and(eq(events.subjectType, 'job'), eq(events.subjectId, queued.id)))
      .orderBy(asc(events.id))
    expect(trail.map((e) => e.action)).toEqual(['job.enqueued', 'job.succeeded'])
  }, 300_000)

  it('gives in the job the same suggestions as the request gives for a short text, options and dismissals applied', async () => {
    const filler = '\n\nThe council met again on Thursday and discussed the harbour budget at length.'.repeat(
      300,
    )
    const articleId = await createArticle('Long demo', `${DEMO_ARTICLE_TEXT}${filler}`)
    const first = await requestSuggestions(articleId)
    expect(first.statusCode).toBe(202)
    const all = ArticleSuggestionsSchema.parse((await waitForJob(first.json().id)).result)
    const [dismissedOne] = all.suggestions
    expect(dismissedOne).toBeDefined()
    const dismissed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/suggestions/dismiss`,
      headers: checker.headers,
      payload: { articleVersionId: all.articleVersionId, suggestionId: dismissedOne?.id },
    })
    expect(dismissed.statusCode).toBe(201)

    const second = await requestSuggestions(articleId, { minCheckWorthiness: 0.6 })
    expect(second.statusCode).toBe(202)
    const done = await waitForJob(second.json().id)
    const filtered = ArticleSuggestionsSchema.parse(done.result)
    expect(filtered.dismissed).toBe(1)
    expect(filtered.suggestions.map((s) => s.id)).toEqual(
      all.suggestions.filter((s) => s.id !== dismissedOne?.id && s.checkWorthiness >= 0.6).map((s) => s.id),
    )

    // The demo text alone is under the threshold: answered in the request, with the same suggestions.
    const shortId = await createArticle('Short demo', DEMO_ARTICLE_TEXT)
    const direct = await requestSuggestions(shortId)
    expect(direct.statusCode).toBe(200)
    const inline = ArticleSuggestionsSchema.parse(direct.json())
    const strip = (s: { id: string; statement: string; kind: string }) => [s.id, s.statement, s.kind]
    expect(inline.suggestions.map(strip)).toEqual(
      all.suggestions.filter((s) => s.anchor.end <= DEMO_ARTICLE_TEXT.length - 1).map(strip),
    )
  }, 300_000)
})
