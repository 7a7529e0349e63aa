import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  ArticleChangeFlagListSchema,
  type ClaimDetail,
  ClaimDetailSchema,
  CreatedArticleSchema,
  type Job,
  JobSchema,
  SourceWatchChangeSchema,
  type WatchCheckResult,
  type WatchedSource,
  WatchListSchema,
} from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { and, count, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJobsService } from '../src/services/jobs/jobs-service.ts'
import { createWatchScheduler } from '../src/services/source-watch/watch-scheduler.ts'
import { createTestApp, type TestApp } from './helpers.ts'
import { createClaim, type Desk, publishClaim } from './ledger-fixtures.ts'
import { login } from './session.ts'

// Sources watched (docs/decisions/021-source-watching.md), driven by a local page server whose
// pages change between checks.

const { articleVersions, events, jobs, sourceWatchChanges, watchedSources } = schema

const P1 = 'The port authority said on Monday that cargo volumes rose 12 percent last year.'
const P2 = 'Shipping firms said the new terminal would open in March, according to the authority.'
const P3 = 'Dockworkers voted to accept the pay offer.'
const TEXT = [P1, P2, P3].join('\n\n')
const NEW_TEXT = [
  'The port authority said on Monday that cargo volumes rose 9 percent last year, correcting an earlier figure.',
  P2,
  P3,
].join('\n\n')

interface Page {
  status: number
  type: string
  body: string | Buffer
  /** For a redirect: where to. */
  location?: string
}

/** Pages served from 127.0.0.1 that a test changes between checks. */
function startPageServer(pages: Map<string, Page>): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const page = pages.get(req.url ?? '') ?? { status: 404, type: 'text/plain', body: 'not found' }
    res.writeHead(page.status, {
      'content-type': page.type,
      ...(page.location ? { location: page.location } : {}),
    })
    res.end(page.body)
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({ server, base: `http://127.0.0.1:${port}` })
    })
  })
}

const text = (body: string): Page => ({ status: 200, type: 'text/plain; charset=utf-8', body })
const redirect = (status: number, location: string): Page => ({
  status,
  type: 'text/plain',
  body: '',
  location,
})
const pdf = (marker: string): Page => ({
  status: 200,
  type: 'application/pdf',
  body: Buffer.concat([
    Buffer.from('%PDF-1.4\n'),
    Buffer.from([0, 1, 2, 250, 251]),
    Buffer.from(`${marker}\n%%EOF`),
  ]),
})
const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex')

describe.each(await testDatabases())('sources watched on $driver', (testDb) => {
  let t: TestApp
  let desk: Desk
  let pages: Map<string, Page>
  let server: Server
  let base: string
  let article: { id: string; text: string }
  let published: ClaimDetail

  const as = (who: Desk['editor'], method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload === undefined ? {} : { payload }) })

  async function watched(predicate: (w: WatchedSource) => boolean): Promise<WatchedSource> {
    const res = await as(desk.editor, 'GET', '/api/v1/watch')
    expect(res.statusCode, res.body).toBe(200)
    const found = WatchListSchema.parse(res.json()).items.find(predicate)
    if (!found) throw new Error('the source is not watched')
    return found
  }

  /** "Check now" as an editor, and the job followed to its end. */
  async function checkNow(id: string): Promise<Job> {
    const res = await as(desk.editor, 'POST', `/api/v1/watch/${id}/check`)
    expect(res.statusCode, res.body).toBe(202)
    const queued = JobSchema.parse(res.json())
    expect(res.headers.location).toBe(`/api/v1/jobs/${queued.id}`)
    return finished(queued.id)
  }

  async function finished(jobId: string): Promise<Job> {
    for (let i = 0; i < 400; i++) {
      const poll = await as(desk.editor, 'GET', `/api/v1/jobs/${jobId}`)
      const job = JobSchema.parse(poll.json())
      if (job.status === 'succeeded' || job.status === 'failed') return job
      await new Promise((r) => setTimeout(r, 25))
    }
    throw new Error('the check did not finish')
  }

  const outcome = (job: Job) => (job.result as WatchCheckResult | null)?.outcome

  beforeAll(async () => {
    pages = new Map([['/article', text(TEXT)]])
    ;({ server, base } = await startPageServer(pages))
    t = await createTestApp(testDb, {
      env: { FETCH_ALLOW_PRIVATE: 'true', WATCH_INTERVAL_MINUTES: '0', JOBS_POLL_MS: '20' },
    })
    desk = {
      t,
      checker: await login(t.app, 'checker@example.com'),
      editor: await login(t.app, 'editor@example.com'),
    }
    const res = await as(desk.editor, 'POST', '/api/v1/articles', {
      title: 'Port cargo volumes rise',
      source: { format: 'url', url: `${base}/article` },
    })
    expect(res.statusCode, res.body).toBe(201)
    article = { id: CreatedArticleSchema.parse(res.json()).article.id, text: TEXT }
    published = await publishClaim(desk, article, {
      quote: 'cargo volumes rose 12 percent last year',
      headline: 'Cargo volumes rose 12 percent',
      statement: 'Cargo volumes at the port rose 12 percent last year.',
      verdict: 'Accurate',
      rationale: 'The annual report says so.',
    })
  }, 600_000)

  afterAll(async () => {
    await t?.close()
    server?.close()
  })

  it('the watcher, driven by a local test server whose page changes, produces a new version and a flag', async () => {
    const source = await watched((w) => w.articleId === article.id)
    expect(source).toMatchObject({
      kind: 'article',
      url: `${base}/article`,
      lastStatus: 'alive',
      latestChange: null,
    })

    // Unchanged page: nothing happens.
    expect(outcome(await checkNow(source.id))).toBe('unchanged')

    // The page changes; the schedule comes round (a tick, as each process runs every 30 s).
    pages.set('/article', text(NEW_TEXT))
    const db = t.db.handle.db
    await db.update(watchedSources).set({ nextCheckAt: sql`now()` }).where(eq(watchedSources.id, source.id))
    const scheduler = createWatchScheduler({ db, jobs: createJobs(), intervalMinutes: 60, batchSize: 10 })
    expect(await scheduler.tick()).toBe(1)
    const [scheduled] = await db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(sql`${jobs.input}->>'watchedSourceId' = ${source.id}`, sql`${jobs.ownerId} is null`))
    const job = await finished(scheduled?.id ?? '')
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded')
    expect(outcome(job)).toBe('changed')

    // A new version, by the server itself, with its claims re-anchored…
    const versions = await t.db.handle.db
      .select()
      .from(articleVersions)
      .where(eq(articleVersions.articleId, article.id))
      .orderBy(articleVersions.number)
    expect(versions.map((v) => [v.number, v.sourceFormat, v.importedBy])).toEqual([
      [1, 'url', desk.editor.user.id],
      [2, 'url', null],
    ])
    expect(versions[1]?.body).toBe(NEW_TEXT)
    // …and the published claim flagged for editors: its quote changed.
    const flags = await as(desk.editor, 'GET', '/api/v1/review/article-changes')
    const flag = ArticleChangeFlagListSchema.parse(flags.json()).items.find(
      (f) => f.claim.id === published.id,
    )
    expect(flag).toMatchObject({ kind: 'changed', toVersion: { number: 2 } })

    const after = await watched((w) => w.id === source.id)
    expect(after.latestChange).toMatchObject({
      kind: 'changed',
      articleVersionNumber: 2,
      acknowledgedAt: null,
    })
    expect(after.unacknowledged).toBe(1)
    expect(after.lastChangeAt).not.toBeNull()

    // An editor acknowledges it; a second acknowledgement keeps the first.
    const changeId = after.latestChange?.id ?? ''
    const ack = await as(desk.editor, 'POST', `/api/v1/watch/changes/${changeId}/acknowledge`)
    expect(ack.statusCode, ack.body).toBe(200)
    expect(SourceWatchChangeSchema.parse(ack.json())).toMatchObject({
      acknowledgedBy: desk.editor.user.displayName,
    })
    expect((await as(desk.editor, 'POST', `/api/v1/watch/changes/${changeId}/acknowledge`)).statusCode).toBe(
      200,
    )
    expect((await watched((w) => w.id === source.id)).unacknowledged).toBe(0)

    const actions = await t.db.handle.db
      .select({ action: events.action, actorId: events.actorId })
      .from(events)
      .where(sql`${events.action} like 'watch.%'`)
      .orderBy(events.id)
    // The schedule's work is the server's own: no person is named.
    expect(actions).toContainEqual({ action: 'watch.change_detected', actorId: null })
    expect(actions.filter((a) => a.action === 'watch.change_acknowledged')).toHaveLength(1)
  })

  it('flags a changed evidence link with a diff of its text', async () => {
    pages.set('/evidence', text('Annual report 2024\nCargo: 1.2 million containers\nStaff: 800'))
    const claim = await createClaim(
      desk,
      { id: article.id, text: NEW_TEXT },
      {
        quote: 'the new terminal would open in March',
        headline: 'The terminal opens in March',
        statement: 'The new terminal opens in March.',
      },
    )
    const added = await as(desk.checker, 'POST', `/api/v1/claims/${claim.id}/evidence`, {
      relation: 'supports',
      url: `${base}/evidence`,
      title: 'Port annual report',
    })
    expect(added.statusCode, added.body).toBe(201)
    const evidenceId = ClaimDetailSchema.parse(added.json()).evidence[0]?.id
    const source = await watched((w) => w.evidenceId === evidenceId)
    expect(source).toMatchObject({
      kind: 'evidence',
      claimId: claim.id,
      title: 'Port annual report',
      lastStatus: null,
    })

    // The first check records the text it finds, flagging nothing.
    expect(outcome(await checkNow(source.id))).toBe('baseline')
    pages.set('/evidence', text('Annual report 2024\nCargo: 1.1 million containers\nStaff: 800'))
    expect(outcome(await checkNow(source.id))).toBe('changed')
    const after = await watched((w) => w.id === source.id)
    expect(after.latestChange?.kind).toBe('changed')
    expect(after.latestChange?.diff).toBe(
      [
        '@@ -1,3 +1,3 @@',
        ' Annual report 2024',
        '-Cargo: 1.2 million containers',
        '+Cargo: 1.1 million containers',
        ' Staff: 800',
      ].join('\n'),
    )
  })

  it('flags a dead evidence link with its status, and again when it answers', async () => {
    pages.set('/moved', text('A statement by the authority.'))
    const claim = await createClaim(
      desk,
      { id: article.id, text: NEW_TEXT },
      {
        quote: 'Dockworkers voted to accept the pay offer',
        headline: 'Dockworkers accepted the offer',
        statement: 'Dockworkers voted to accept the pay offer.',
      },
    )
    const added = await as(desk.checker, 'POST', `/api/v1/claims/${claim.id}/evidence`, {
      relation: 'context',
      url: `${base}/moved`,
      title: 'Authority statement',
    })
    const evidenceId = ClaimDetailSchema.parse(added.json()).evidence[0]?.id
    const source = await watched((w) => w.evidenceId === evidenceId)
    expect(outcome(await checkNow(source.id))).toBe('baseline')

    pages.delete('/moved')
    expect(outcome(await checkNow(source.id))).toBe('dead')
    const dead = await watched((w) => w.id === source.id)
    expect(dead).toMatchObject({ lastStatus: 'dead', lastHttpStatus: 404 })
    expect(dead.latestChange).toMatchObject({ kind: 'dead', httpStatus: 404 })
    // Still dead: not flagged twice.
    expect(outcome(await checkNow(source.id))).toBe('unchanged')

    pages.set('/moved', text('A statement by the authority, updated.'))
    expect(outcome(await checkNow(source.id))).toBe('recovered')
    const back = await watched((w) => w.id === source.id)
    expect(back.lastStatus).toBe('alive')
    expect(back.latestChange?.kind).toBe('recovered')
    expect(back.latestChange?.diff).toContain('+A statement by the authority, updated.')
    expect(back.unacknowledged).toBe(2)
  })

  it('keeps the last good state when a check fails', async () => {
    const source = await watched((w) => w.articleId === article.id)
    const [before] = await t.db.handle.db
      .select()
      .from(watchedSources)
      .where(eq(watchedSources.id, source.id))
    const changesBefore = await changeCount(source.id)

    pages.set('/article', { status: 503, type: 'text/plain', body: 'maintenance' })
    const job = await checkNow(source.id)
    expect(job.status).toBe('failed')
    expect(job.error?.code).toBe('FETCH_FAILED')

    const [after] = await t.db.handle.db.select().from(watchedSources).where(eq(watchedSources.id, source.id))
    expect(after?.lastError).toMatch(/HTTP 503/)
    expect(after).toMatchObject({
      lastStatus: before?.lastStatus,
      lastSha256: before?.lastSha256,
      lastChangeAt: before?.lastChangeAt,
    })
    expect(await changeCount(source.id)).toBe(changesBefore)
    const versions = await t.db.handle.db
      .select({ n: count() })
      .from(articleVersions)
      .where(eq(articleVersions.articleId, article.id))
    expect(versions[0]?.n).toBe(2)
    const [failed] = await t.db.handle.db
      .select()
      .from(events)
      .where(and(eq(events.action, 'watch.check_failed'), eq(events.subjectId, source.id)))
    expect(failed?.after).toMatchObject({ error: expect.stringMatching(/HTTP 503/) })
    expect((await watched((w) => w.id === source.id)).lastError).toMatch(/HTTP 503/)

    // The page back as it was: nothing changed since the last good check.
    pages.set('/article', text(NEW_TEXT))
    expect(outcome(await checkNow(source.id))).toBe('unchanged')
    expect((await watched((w) => w.id === source.id)).lastError).toBeNull()
  })

  it('two runners never check the same source twice in one period', async () => {
    const db = t.db.handle.db
    // Two processes' schedulers on one database.
    const a = createWatchScheduler({ db, jobs: createJobs(), intervalMinutes: 60, batchSize: 100 })
    const b = createWatchScheduler({ db, jobs: createJobs(), intervalMinutes: 60, batchSize: 100 })
    const before = await scheduledJobs()
    await db.update(watchedSources).set({ nextCheckAt: sql`now() - interval '1 minute'` })
    const [{ n: sources } = { n: 0 }] = await db.select({ n: count() }).from(watchedSources)
    expect(sources).toBeGreaterThanOrEqual(3)

    const claimed = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()])
    expect(claimed.reduce((x, y) => x + y, 0)).toBe(sources)
    const after = await scheduledJobs()
    expect(after.size).toBe(sources)
    // Each source got exactly one more check job from the two processes together.
    for (const [id, n] of after) expect(n - (before.get(id) ?? 0), id).toBe(1)
    // Nothing is due again before the period has passed.
    expect(await Promise.all([a.tick(), b.tick()])).toEqual([0, 0])
    const [next] = await db
      .select({ early: count() })
      .from(watchedSources)
      .where(sql`${watchedSources.nextCheckAt} < now() + interval '59 minutes'`)
    expect(next?.early).toBe(0)
  })

  it('follows an article page that moved for good to its new address, not one that moved for a while', async () => {
    const MOVED_TEXT =
      'The harbour master said the dredging would finish in May.\n\nShips wait two days on average.'
    pages.set('/harbour', text(MOVED_TEXT))
    const res = await as(desk.editor, 'POST', '/api/v1/articles', {
      title: 'Harbour dredging',
      source: { format: 'url', url: `${base}/harbour` },
    })
    expect(res.statusCode, res.body).toBe(201)
    const articleId = CreatedArticleSchema.parse(res.json()).article.id
    const source = await watched((w) => w.articleId === articleId)
    expect(source.url).toBe(`${base}/harbour`)

    // The site moves the page (301 then 308): the watch follows it, the text compared as before.
    pages.set('/harbour', redirect(301, '/news/harbour'))
    pages.set('/news/harbour', redirect(308, `${base}/news/2026/harbour`))
    pages.set('/news/2026/harbour', text(MOVED_TEXT))
    const job = await checkNow(source.id)
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded')
    expect(outcome(job)).toBe('unchanged')
    const followed = await watched((w) => w.id === source.id)
    expect(followed).toMatchObject({ url: `${base}/news/2026/harbour`, lastError: null, latestChange: null })
    const [event] = await t.db.handle.db
      .select()
      .from(events)
      .where(and(eq(events.action, 'watch.source_followed'), eq(events.subjectId, source.id)))
    expect(event?.after).toMatchObject({ from: `${base}/harbour`, to: `${base}/news/2026/harbour` })

    // The old address gone for good no longer matters: the new one is checked.
    pages.delete('/harbour')
    pages.delete('/news/harbour')
    expect(outcome(await checkNow(source.id))).toBe('unchanged')

    // A temporary redirect (302) is followed for the check only; the address stays.
    pages.set('/news/2026/harbour', redirect(302, '/maintenance-copy'))
    pages.set('/maintenance-copy', text(MOVED_TEXT))
    expect(outcome(await checkNow(source.id))).toBe('unchanged')
    expect((await watched((w) => w.id === source.id)).url).toBe(`${base}/news/2026/harbour`)
    // Permanent after temporary: the move is not the page's own, so it is not followed either.
    pages.set('/news/2026/harbour', redirect(307, '/elsewhere'))
    pages.set('/elsewhere', redirect(301, '/maintenance-copy'))
    expect(outcome(await checkNow(source.id))).toBe('unchanged')
    expect((await watched((w) => w.id === source.id)).url).toBe(`${base}/news/2026/harbour`)
    const follows = await t.db.handle.db
      .select({ n: count() })
      .from(events)
      .where(and(eq(events.action, 'watch.source_followed'), eq(events.subjectId, source.id)))
    expect(follows[0]?.n).toBe(1)
  })

  it('compares evidence that is not text by the SHA-256 of its bytes', async () => {
    const first = pdf('first')
    const second = pdf('second, longer')
    pages.set('/report.pdf', first)
    const claim = await createClaim(
      desk,
      { id: article.id, text: NEW_TEXT },
      {
        quote: 'according to the authority',
        headline: 'The authority said so',
        statement: 'The authority said the terminal would open in March.',
      },
    )
    const added = await as(desk.checker, 'POST', `/api/v1/claims/${claim.id}/evidence`, {
      relation: 'supports',
      url: `${base}/report.pdf`,
      title: 'Annual report (PDF)',
    })
    expect(added.statusCode, added.body).toBe(201)
    const evidenceId = ClaimDetailSchema.parse(added.json()).evidence[0]?.id
    const source = await watched((w) => w.evidenceId === evidenceId)

    // Once failed as unsupported content; now the bytes are the baseline.
    const baseline = await checkNow(source.id)
    expect(baseline.status, JSON.stringify(baseline.error)).toBe('succeeded')
    expect(outcome(baseline)).toBe('baseline')
    expect(outcome(await checkNow(source.id))).toBe('unchanged')

    pages.set('/report.pdf', second)
    expect(outcome(await checkNow(source.id))).toBe('changed')
    const after = await watched((w) => w.id === source.id)
    const [a, b] = [sha256(first.body), sha256(second.body)]
    expect(after.latestChange).toMatchObject({
      kind: 'changed',
      diff: null,
      summary: `bytes changed: sha256 ${a.slice(0, 12)}→${b.slice(0, 12)}, size ${first.body.length}→${second.body.length}`,
    })
    const [row] = await t.db.handle.db.select().from(watchedSources).where(eq(watchedSources.id, source.id))
    expect(row).toMatchObject({ lastSha256: b, lastByteSize: second.body.length, lastText: null })
    expect(outcome(await checkNow(source.id))).toBe('unchanged')

    // An evidence link that moved for good is followed too; editing the evidence's title keeps that.
    pages.set('/report.pdf', redirect(301, '/reports/2024.pdf'))
    pages.set('/reports/2024.pdf', second)
    expect(outcome(await checkNow(source.id))).toBe('unchanged')
    expect((await watched((w) => w.id === source.id)).url).toBe(`${base}/reports/2024.pdf`)
    const version = ClaimDetailSchema.parse(added.json()).evidence[0]?.version
    const renamed = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/evidence/${evidenceId}`,
      headers: desk.checker.headers,
      payload: {
        version,
        relation: 'supports',
        url: `${base}/report.pdf`,
        title: 'Annual report 2024 (PDF)',
      },
    })
    expect(renamed.statusCode, renamed.body).toBe(200)
    expect(await watched((w) => w.id === source.id)).toMatchObject({
      url: `${base}/reports/2024.pdf`,
      title: 'Annual report 2024 (PDF)',
      lastStatus: 'alive',
    })
  })

  it('is for editors only', async () => {
    expect((await as(desk.checker, 'GET', '/api/v1/watch')).statusCode).toBe(403)
    const source = await watched((w) => w.articleId === article.id)
    expect((await as(desk.checker, 'POST', `/api/v1/watch/${source.id}/check`)).statusCode).toBe(403)
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/watch' })).statusCode).toBe(401)
    const missing = await as(desk.editor, 'POST', '/api/v1/watch/00000000-0000-4000-8000-000000000000/check')
    expect(missing.statusCode).toBe(404)
  })

  const createJobs = () => createJobsService({ db: t.db.handle.db, maxPending: 20, deadlineMs: 60_000 })

  /** Scheduled (ownerless) check jobs per watched source. */
  async function scheduledJobs(): Promise<Map<string, number>> {
    const rows = await t.db.handle.db
      .select({ source: sql<string>`${jobs.input}->>'watchedSourceId'`, n: count() })
      .from(jobs)
      .where(and(eq(jobs.kind, 'source_watch.check'), sql`${jobs.ownerId} is null`))
      .groupBy(sql`${jobs.input}->>'watchedSourceId'`)
    return new Map(rows.map((r) => [r.source, Number(r.n)]))
  }

  async function changeCount(id: string) {
    const [row] = await t.db.handle.db
      .select({ n: count() })
      .from(sourceWatchChanges)
      .where(eq(sourceWatchChanges.watchedSourceId, id))
    return row?.n ?? 0
  }
})
