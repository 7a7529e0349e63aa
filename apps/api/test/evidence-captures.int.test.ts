import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable, Writable } from 'node:stream'
import {
  ClaimDetailSchema,
  ErrorSchema,
  type Evidence,
  EvidenceCaptureSchema,
  PublicClaimDetailSchema,
} from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { exportDatabase, importDatabase } from '@claimtrail/db/backup'
import { testDatabases } from '@claimtrail/db/testing'
import { and, asc, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type App, buildApp } from '../src/app.ts'
import { createTestApp, type TestApp, testConfig } from './helpers.ts'
import { act, type Desk, moveTo, ratingId } from './ledger-fixtures.ts'
import { type LoggedIn, login } from './session.ts'

const { articles, articleVersions, entities, events, evidenceCaptures } = schema

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Hansard</title>
<script>document.title = "live script"</script></head><body><nav>Menu</nav><main><article>
<h1>House of Commons debate, 22 March 2023</h1>
<p>Mr. Han Dong told the House that he had done nothing to cause any harm to the two Michaels, and that he stood by every word of his statement to the committee.</p>
<p>The Speaker reminded members that the record of the sitting would be published the following morning, as the rules of the House require for every sitting day.</p>
</article></main></body></html>`
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n'),
  Buffer.from([0, 1, 2, 250, 251, 252]),
  Buffer.from('\n%%EOF'),
])
// Answers only once the test says so: a capture that first succeeds after publication.
const LATER = 'The committee published its report on 30 March 2023, after the sitting.'
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')

/** The addresses evidence points at, served from 127.0.0.1 (the policy relaxed as in article import). */
function startPageServer(later: { up: boolean }): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    if (req.url === '/later' && later.up) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
      return res.end(LATER)
    }
    switch (req.url) {
      case '/hansard':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        return res.end(PAGE)
      case '/moved':
        res.writeHead(301, { location: '/hansard' })
        return res.end()
      case '/report.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' })
        return res.end(PDF)
      case '/huge':
        res.writeHead(200, { 'content-type': 'text/html' })
        return res.end(`<p>${'word '.repeat(10_000)}</p>`)
      case '/slow':
        return // never answers
      default:
        res.writeHead(404, { 'content-type': 'text/plain' })
        return res.end('not found')
    }
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
    })
  })
}

async function exportText(db: Parameters<typeof exportDatabase>[0]): Promise<string> {
  const chunks: Buffer[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk)
      done()
    },
  })
  await exportDatabase(db, sink)
  return Buffer.concat(chunks).toString('utf8')
}

/** The evidence_captures section of an export: its columns and rows. */
function captureLines(text: string): { columns: string[]; rows: unknown[][] } {
  const lines = text.split('\n')
  const start = lines.findIndex((l) => l.startsWith('{"table":"evidence_captures"'))
  const columns = (JSON.parse(lines[start] ?? '{}') as { columns: string[] }).columns
  const rows: unknown[][] = []
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('[')) break
    rows.push(JSON.parse(line) as unknown[])
  }
  return { columns, rows }
}

/** The export with its trailer's checksum recomputed, as someone altering it on purpose would. */
function resealed(text: string): string {
  const lines = text.split('\n')
  const trailer = JSON.parse(lines.at(-2) ?? '')
  const body = `${lines.slice(0, -2).join('\n')}\n`
  return `${body}${JSON.stringify({ ...trailer, sha256: sha256(body) })}\n`
}

interface DemoIds {
  articleId: string
  text: string
  dongId: string
}

/** The demo article and the person its claims quote, in one test app's database. */
async function demoIds(app: TestApp): Promise<DemoIds> {
  const db = app.db.handle.db
  const [article] = await db.select().from(articles)
  const [version] = await db.select().from(articleVersions)
  const [dong] = await db.select().from(entities).where(eq(entities.name, 'Han Dong'))
  return { articleId: article?.id ?? '', text: version?.body ?? '', dongId: dong?.id ?? '' }
}

describe.each(await testDatabases())('evidence captures on $driver', (testDb) => {
  let t: TestApp
  let checker: LoggedIn
  let pages: { server: Server; base: string }
  let demo: DemoIds
  const later = { up: false }

  beforeAll(async () => {
    pages = await startPageServer(later)
    t = await createTestApp(testDb, {
      env: {
        FETCH_ALLOW_PRIVATE: 'true',
        FETCH_TIMEOUT_MS: '700',
        EVIDENCE_CAPTURE_MAX_BYTES: '20000',
        JOBS_POLL_MS: '50',
      },
    })
    checker = await login(t.app, 'checker@example.com')
    demo = await demoIds(t)
  })
  afterAll(async () => {
    pages?.server.closeAllConnections()
    pages?.server.close()
    await t?.close()
  })

  const db = () => t.db.handle.db

  async function createClaim(app: App = t.app, who: LoggedIn = checker, ids: DemoIds = demo) {
    const { articleId, text, dongId } = ids
    const quote = 'he assured MPs that he had done “nothing to cause any harm” to the two Michaels'
    const start = text.indexOf(quote)
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/articles/${articleId}/claims`,
      headers: who.headers,
      payload: {
        start,
        end: start + quote.length,
        exact: quote,
        statement: 'Han Dong told MPs he had done nothing to harm Michael Kovrig and Michael Spavor.',
        headline: 'Dong says he did nothing to harm the two Michaels',
        kind: 'statement_of_fact',
        claimantId: dongId,
        subjectIds: [dongId],
      },
    })
    expect(res.statusCode).toBe(201)
    return ClaimDetailSchema.parse(res.json())
  }

  async function addEvidence(claimId: string, url: string, app: App = t.app, who: LoggedIn = checker) {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/claims/${claimId}/evidence`,
      headers: who.headers,
      payload: { relation: 'supports', title: `Source at ${url}`, url },
    })
    expect(res.statusCode).toBe(201)
    const detail = ClaimDetailSchema.parse(res.json())
    const item = detail.evidence.find((e) => e.url === url)
    if (!item) throw new Error('evidence missing from the answer')
    return item
  }

  /** The evidence as the claim view shows it once its newest capture is no longer pending. */
  async function settled(
    claimId: string,
    evidenceId: string,
    app: App = t.app,
    who: LoggedIn = checker,
  ): Promise<Evidence> {
    // The first capture also waits for the worker threads to load (a few seconds from source).
    const deadline = Date.now() + 30_000
    for (;;) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/claims/${claimId}`,
        headers: { cookie: who.cookie },
      })
      const item = ClaimDetailSchema.parse(res.json()).evidence.find((e) => e.id === evidenceId)
      if (item?.capture && item.capture.status !== 'pending') return item
      if (Date.now() > deadline) throw new Error(`capture still pending: ${JSON.stringify(item?.capture)}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  const snapshot = (evidenceId: string, captureId: string, query = '') =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/evidence/${evidenceId}/captures/${captureId}${query}`,
      headers: { cookie: checker.cookie },
    })

  const captureEvents = (captureId: string) =>
    db().select().from(events).where(eq(events.subjectId, captureId)).orderBy(asc(events.id))

  it('captures a page in the background: bytes, hash, text, status, type, final address, time, event', async () => {
    const claim = await createClaim()
    const added = await addEvidence(claim.id, `${pages.base}/moved`)
    // The request that added the evidence only asked for the capture.
    expect(added.capture).toMatchObject({ status: 'pending', sha256: null, url: `${pages.base}/moved` })

    const item = await settled(claim.id, added.id)
    const capture = EvidenceCaptureSchema.parse(item.capture)
    expect(capture).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      contentType: 'text/html',
      finalUrl: `${pages.base}/hansard`,
      sha256: sha256(PAGE),
      byteSize: Buffer.byteLength(PAGE),
      hasText: true,
      failureReason: null,
    })
    expect(Date.parse(capture.capturedAt ?? '')).toBeGreaterThan(Date.now() - 60_000)

    const asText = await snapshot(added.id, capture.id)
    expect(asText.statusCode).toBe(200)
    expect(asText.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(asText.headers['content-security-policy']).toMatch(/^sandbox/)
    expect(asText.headers['x-content-type-options']).toBe('nosniff')
    expect(asText.body).toContain('he had done nothing to cause any harm to the two Michaels')
    expect(asText.body).not.toContain('<script')

    const raw = await snapshot(added.id, capture.id, '?raw=1')
    expect(raw.statusCode).toBe(200)
    expect(raw.rawPayload.equals(Buffer.from(PAGE))).toBe(true)
    // Never live HTML on our origin: an inert download.
    expect(raw.headers['content-type']).toBe('application/octet-stream')
    expect(raw.headers['content-disposition']).toMatch(/^attachment; filename="capture-[0-9a-f]{12}"$/)
    expect(raw.headers['content-security-policy']).toMatch(/^sandbox/)
    expect(raw.headers['x-content-type-options']).toBe('nosniff')

    const [event] = await captureEvents(capture.id)
    expect(event).toMatchObject({ action: 'evidence.captured', claimId: claim.id, actorId: checker.user.id })
    expect(event?.after).toMatchObject({ sha256: sha256(PAGE), evidenceId: added.id })
  })

  it('keeps a PDF as bytes without text, and captures again on request, the newest shown', async () => {
    const claim = await createClaim()
    const added = await addEvidence(claim.id, `${pages.base}/report.pdf`)
    const first = await settled(claim.id, added.id)
    expect(first.capture).toMatchObject({
      status: 'ok',
      contentType: 'application/pdf',
      sha256: sha256(PDF),
      hasText: false,
    })
    const pdf = await snapshot(added.id, first.capture?.id ?? '', '?raw=1')
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.rawPayload.equals(PDF)).toBe(true)
    expect((await snapshot(added.id, first.capture?.id ?? '')).statusCode).toBe(404)

    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/evidence/${added.id}/captures`,
      headers: checker.headers,
    })
    expect(again.statusCode).toBe(202)
    const pending = EvidenceCaptureSchema.parse(again.json())
    expect(pending.status).toBe('pending')
    const second = await settled(claim.id, added.id)
    expect(second.capture?.id).toBe(pending.id)
    expect(second.capture?.status).toBe('ok')
    const all = await db().select().from(evidenceCaptures).where(eq(evidenceCaptures.evidenceId, added.id))
    expect(all).toHaveLength(2)
  })

  it('records unreachable, huge, slow and missing addresses as failed with the reason, never refusing the evidence', async () => {
    const claim = await createClaim()
    const cases: [string, RegExp, number | null][] = [
      ['/missing', /answered HTTP 404/, 404],
      ['/huge', /larger than the 20000 bytes/, null],
      ['/slow', /did not answer within 700 ms/, null],
    ]
    for (const [path, reason, httpStatus] of cases) {
      const added = await addEvidence(claim.id, `${pages.base}${path}`)
      const item = await settled(claim.id, added.id)
      expect(item.capture).toMatchObject({ status: 'failed', httpStatus, sha256: null })
      expect(item.capture?.failureReason).toMatch(reason)
      const [event] = await captureEvents(item.capture?.id ?? '')
      expect(event?.action).toBe('evidence.capture_failed')
      const read = await snapshot(added.id, item.capture?.id ?? '')
      expect(read.statusCode).toBe(409)
      expect(ErrorSchema.parse(read.json()).message).toMatch(/^This capture failed: /)
    }
    const refused = await addEvidence(claim.id, 'http://127.0.0.1:1/')
    expect((await settled(claim.id, refused.id)).capture?.failureReason).toMatch(/connection was refused/)
  })

  it('refuses a private address under the default policy, as failed, after the evidence was added', async () => {
    // Its own database: a runner of the relaxed app above must not take this job.
    const guarded = await createTestApp(testDb, { env: { JOBS_POLL_MS: '50' } })
    const editor = await login(guarded.app, 'checker@example.com')
    try {
      const claim = await createClaim(guarded.app, editor, await demoIds(guarded))
      const added = await addEvidence(claim.id, `${pages.base}/hansard`, guarded.app, editor)
      expect(added.capture?.status).toBe('pending')
      const item = await settled(claim.id, added.id, guarded.app, editor)
      expect(item.capture).toMatchObject({ status: 'failed', sha256: null })
      expect(item.capture?.failureReason).toMatch(/private, loopback or link-local address/)
      expect(item.capture?.failureReason).not.toMatch(/source\.url/)
    } finally {
      await guarded.close()
    }
  })

  it('serves readers the text of the capture the publication froze, and nothing else', async () => {
    const editor = await login(t.app, 'editor@example.com')
    const desk: Desk = { t, checker, editor }
    const claim = await createClaim()
    const page = await addEvidence(claim.id, `${pages.base}/hansard`)
    const frozen = (await settled(claim.id, page.id)).capture
    later.up = false
    const late = await addEvidence(claim.id, `${pages.base}/later`)
    expect((await settled(claim.id, late.id)).capture?.status).toBe('failed')
    const publicSnapshot = (evidenceId: string, app: App = t.app) =>
      app.inject({ method: 'GET', url: `/api/v1/public/claims/${claim.id}/evidence/${evidenceId}/snapshot` })
    const publicClaim = async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/claims/${claim.id}` })
      expect(res.statusCode).toBe(200)
      return res
    }
    const ledgerPage = async (app: App = t.app) => {
      const res = await app.inject({ method: 'GET', url: `/ledger/claims/${claim.id}` })
      expect(res.statusCode).toBe(200)
      return res.body
    }
    const link = `href="/api/v1/public/claims/${claim.id}/evidence/${page.id}/snapshot"`

    // Unpublished: nothing for readers.
    expect((await publicSnapshot(page.id)).statusCode).toBe(404)
    await act(desk, editor, claim.id, 'PATCH', '', {
      verdictRatingId: await ratingId(desk, 'False'),
      rationale: 'The record of the sitting says otherwise.',
    })
    await moveTo(desk, claim.id, 'published')

    const detail = PublicClaimDetailSchema.parse((await publicClaim()).json())
    const shown = detail.evidence.find((e) => e.id === page.id)?.capture
    expect(shown).toMatchObject({
      id: frozen?.id,
      sha256: sha256(PAGE),
      hasText: true,
      snapshotUrl: expect.stringMatching(
        new RegExp(`/api/v1/public/claims/${claim.id}/evidence/${page.id}/snapshot$`),
      ),
    })
    const res = await publicSnapshot(page.id)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(res.headers['content-security-policy']).toBe("sandbox; default-src 'none'")
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.body).toContain('he had done nothing to cause any harm to the two Michaels')
    expect(res.body).not.toContain('<script')
    expect(res.body).not.toContain('live script')
    // The server-rendered claim page links the capture line to it.
    const html = await ledgerPage()
    expect(html).toContain(link)
    expect(html).toContain(`>${sha256(PAGE).slice(0, 12)}</code></a>`)
    // Unknown evidence, or evidence of another claim: 404.
    expect((await publicSnapshot(claim.id)).statusCode).toBe(404)

    // A capture that succeeds after publication is not what readers were shown: unseen until a correction.
    const beforeRecapture = (await publicClaim()).body
    later.up = true
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/evidence/${late.id}/captures`,
      headers: checker.headers,
    })
    expect(again.statusCode).toBe(202)
    expect((await settled(claim.id, late.id)).capture?.status).toBe('ok')
    expect((await publicSnapshot(late.id)).statusCode).toBe(404)
    expect((await publicClaim()).body).toBe(beforeRecapture)
    expect(await ledgerPage()).toBe(html)

    // Corrupted bytes are reported, never served, on every read: a good answer read just before is
    // not kept in the response cache (SQL does not move the ledger's version).
    expect((await publicSnapshot(page.id)).statusCode).toBe(200)
    await db().execute(
      sql`update evidence_captures set bytes = overlay(bytes placing '\\x58'::bytea from 20 for 1) where id = ${frozen?.id ?? ''}`,
    )
    for (let i = 0; i < 2; i++) {
      const corrupted = await publicSnapshot(page.id)
      expect(corrupted.statusCode).toBe(409)
      expect(ErrorSchema.parse(corrupted.json()).code).toBe('SNAPSHOT_CORRUPTED')
    }
    await db()
      .update(evidenceCaptures)
      .set({ bytes: Buffer.from(PAGE) })
      .where(eq(evidenceCaptures.id, frozen?.id ?? ''))
    expect((await publicSnapshot(page.id)).statusCode).toBe(200)

    // The editor's correction takes the newer capture into the record.
    await act(desk, editor, claim.id, 'POST', '/correct', {
      whatChanged: 'The committee report is now captured.',
      reason: 'Its page answered again.',
    })
    const corrected = await publicSnapshot(late.id)
    expect(corrected.statusCode, corrected.body).toBe(200)
    expect(corrected.body).toBe(LATER)

    // A desk that keeps snapshots to itself (PUBLIC_SNAPSHOTS=off): the date and hash, no text.
    const closed = await buildApp({
      config: testConfig({ PUBLIC_SNAPSHOTS: 'off', WATCH_INTERVAL_MINUTES: '0' }),
      database: t.db.handle,
    })
    try {
      await closed.ready()
      expect((await publicSnapshot(page.id, closed)).statusCode).toBe(404)
      const offDetail = await closed.inject({ method: 'GET', url: `/api/v1/public/claims/${claim.id}` })
      const offShown = PublicClaimDetailSchema.parse(offDetail.json()).evidence.find((e) => e.id === page.id)
      expect(offShown?.capture).toMatchObject({ sha256: sha256(PAGE) })
      expect(offShown?.capture?.snapshotUrl).toBeUndefined()
      const offHtml = await ledgerPage(closed)
      expect(offHtml).toContain(sha256(PAGE).slice(0, 12))
      expect(offHtml).not.toContain('/snapshot"')
    } finally {
      await closed.close()
    }

    // Retracted: the review no longer stands, and neither do its snapshots.
    await act(desk, editor, claim.id, 'POST', '/retract', { reason: 'Not a checkable claim.' })
    expect((await publicSnapshot(page.id)).statusCode).toBe(410)
  })

  it('reports a corrupted snapshot instead of serving it', async () => {
    const claim = await createClaim()
    const added = await addEvidence(claim.id, `${pages.base}/hansard`)
    const item = await settled(claim.id, added.id)
    const captureId = item.capture?.id ?? ''
    await db().execute(
      sql`update evidence_captures set bytes = overlay(bytes placing '\\x58'::bytea from 20 for 1) where id = ${captureId}`,
    )
    for (const query of ['', '?raw=1']) {
      const res = await snapshot(added.id, captureId, query)
      expect(res.statusCode).toBe(409)
      const body = ErrorSchema.parse(res.json())
      expect(body.code).toBe('SNAPSHOT_CORRUPTED')
      expect(body.message).toMatch(/^snapshot corrupted/)
    }
    // Put back as captured, for the export test below.
    await db()
      .update(evidenceCaptures)
      .set({ bytes: Buffer.from(PAGE) })
      .where(eq(evidenceCaptures.id, captureId))
    expect((await snapshot(added.id, captureId, '?raw=1')).statusCode).toBe(200)
  })

  it('round-trips captures through export and import, hashes checked, and refuses an altered snapshot', async () => {
    const exported = await exportText(db())
    const { rows: captureRows, columns } = captureLines(exported)
    const at = (name: string) => columns.indexOf(name)
    const page = captureRows.find((r) => r[at('sha256')] === sha256(PAGE))
    // bytea as base64 (ADR 009)
    expect(Buffer.from(String(page?.[at('bytes')]), 'base64').equals(Buffer.from(PAGE))).toBe(true)

    const target = await testDb.create()
    try {
      // The snapshot's bytes changed and the file's checksum redone: still refused.
      const altered = exported
        .split('\n')
        .map((line) => {
          if (!line.startsWith('[') || !line.includes(sha256(PAGE))) return line
          const row = JSON.parse(line) as unknown[]
          if (row[at('sha256')] !== sha256(PAGE)) return line
          row[at('bytes')] = Buffer.from(PAGE.replace('nothing to cause', 'everything to cause')).toString(
            'base64',
          )
          return JSON.stringify(row)
        })
        .join('\n')
      expect(altered).not.toBe(exported)
      await expect(importDatabase(target.handle.db, Readable.from([resealed(altered)]))).rejects.toThrow(
        /snapshot does not match its SHA-256 \(snapshot corrupted\); nothing was imported/,
      )

      await importDatabase(target.handle.db, Readable.from([exported]))
      const before = await db().select().from(evidenceCaptures).orderBy(evidenceCaptures.id)
      const after = await target.handle.db.select().from(evidenceCaptures).orderBy(evidenceCaptures.id)
      expect(after).toEqual(before)
      const ok = after.filter((c) => c.status === 'ok')
      expect(ok.length).toBeGreaterThanOrEqual(3)
      for (const capture of ok) expect(sha256(capture.bytes ?? Buffer.alloc(0))).toBe(capture.sha256)
      const captured = await target.handle.db
        .select()
        .from(events)
        .where(and(eq(events.action, 'evidence.captured')))
      expect(captured.length).toBe(ok.length)
      expect(await exportText(target.handle.db)).toBe(exported)
    } finally {
      await target.drop()
    }
  })
})
