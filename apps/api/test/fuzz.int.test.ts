import { ErrorSchema } from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { login } from './session.ts'

type Caller = 'anonymous' | 'checker' | 'editor' | 'admin'

/** Requests per database: 10,000 on each driver in CI (20,000 in all); FUZZ_RUNS=100000 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000)
interface Operation {
  method: string
  path: string
  pathParams: string[]
  queryParams: string[]
  bodyProps: string[]
}

// Routes that end or replace the caller's own session would only test the fuzzer's bookkeeping.
const SKIPPED = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/auth/login'])

/** Dates a pattern accepts and the database does not. */
const impossibleDate = fc.constantFrom('2024-99-99', '0000-01-01', '2024-02-30', '2023-02-29', '9999-12-32')
const impossibleInstant = impossibleDate.map((d) => `${d}T10:00:00.000000Z`)
/** Cursors re-encoded by a caller: the API's own shape with impossible values inside. */
const forgedCursor = fc
  .oneof(
    fc.tuple(impossibleInstant, fc.uuid()),
    fc.tuple(fc.constantFrom('0', '3'), fc.string(), fc.constant('-'.repeat(36))),
    fc.tuple(fc.constantFrom('1'), fc.string(), fc.uuid()),
    fc.array(fc.oneof(fc.string(), impossibleInstant), { maxLength: 5 }),
  )
  .map((parts) => Buffer.from(JSON.stringify(parts)).toString('base64url'))
/** Article sources that are HTML in name only. */
const hollowHtml = fc
  .constantFrom('', 'abc', '   \n\t', '<!-- a lone comment -->', '<p>', '<html></html>')
  .map((html) => ({ format: 'html', html }))

/** A JSON value of any shape, with the awkward cases weighted in. */
const jsonValue = fc.oneof(
  impossibleDate,
  impossibleInstant,
  hollowHtml,
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, '', ' ', '\u0000', '💥', 'a'.repeat(3000)),
  fc.string(),
  fc.integer(),
  fc.uuid(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.array(fc.string(), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
)

/** One generated request, as fc.record below draws it. */
interface FuzzRequest {
  op: Operation
  caller: Caller
  params: string[]
  query: Record<string, string>
  knownQuery: string[]
  body: unknown
  ifMatch: string | null
  csrf: boolean
}

function filledPath(r: FuzzRequest): string {
  let url = r.op.path
  r.op.pathParams.forEach((name, i) => {
    url = url.replace(`{${name}}`, encodeURIComponent(r.params[i] ?? 'x'))
  })
  return url
}

/** Random keys, and every other parameter the operation knows set to a generated value. */
function queryOf(r: FuzzRequest): string {
  const query = new URLSearchParams(r.query)
  r.op.queryParams.forEach((name, i) => {
    if (r.knownQuery[i] !== undefined && i % 2 === 0) query.set(name, r.knownQuery[i] ?? '')
  })
  return query.toString()
}

/** Any JSON value, or eight values spread over the schema's own properties. */
function payloadOf(r: FuzzRequest): unknown {
  const values = r.body
  if (Array.isArray(values) && r.op.bodyProps.length > 0 && values.length === 8) {
    return Object.fromEntries(r.op.bodyProps.map((p, i) => [p, values[i % 8]]))
  }
  return r.body
}

function headersFor(r: FuzzRequest, callerHeaders: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = { ...callerHeaders }
  if (!r.csrf) delete headers['x-csrf-token']
  if (r.ifMatch) headers['if-match'] = r.ifMatch
  return headers
}

describe.each(await testDatabases())('fuzzing every route on $driver', (testDb) => {
  let t: TestApp
  let operations: Operation[]
  const headersOf: Record<Caller, Record<string, string>> = {
    anonymous: {},
    checker: {},
    editor: {},
    admin: {},
  }
  let ids: string[]

  beforeAll(async () => {
    t = await createTestApp(testDb, { env: { LOGIN_MAX_FAILURES_PER_ADDRESS: '100000' } })
    for (const role of ['checker', 'editor', 'admin'] as const)
      headersOf[role] = (await login(t.app, `${role}@example.com`)).headers
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: { in: string; name: string }[]
            requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> }
          }
        >
      >
    }
    operations = Object.entries(doc.paths)
      .flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({
          method: method.toUpperCase(),
          path,
          pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
          queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
          bodyProps: Object.keys(op.requestBody?.content?.['application/json']?.schema?.properties ?? {}),
        })),
      )
      .filter((op) => !SKIPPED.has(`${op.method} ${op.path}`))
    // Real ids of every kind, so generated requests reach the services, not just the validators.
    const db = t.db.handle.db
    const rows = await Promise.all([
      db.select({ id: schema.articles.id }).from(schema.articles),
      db.select({ id: schema.claims.id }).from(schema.claims),
      db.select({ id: schema.entities.id }).from(schema.entities),
      db.select({ id: schema.attributionChains.id }).from(schema.attributionChains),
      db.select({ id: schema.responses.id }).from(schema.responses),
      db.select({ id: schema.evidence.id }).from(schema.evidence),
      db.select({ id: schema.replyRequests.id }).from(schema.replyRequests),
      db.select({ id: schema.users.id }).from(schema.users),
      db.select({ id: schema.ratingScales.id }).from(schema.ratingScales),
      db.select({ id: schema.ratings.id }).from(schema.ratings),
    ])
    ids = rows.flat().map((r) => r.id)
  })
  afterAll(async () => {
    await t?.close()
  })

  // Thousands of generated requests: allow for a busy machine.
  it('never answers 5xx, always with the error shape, and leaves the data consistent', {
    timeout: 300_000,
  }, async () => {
    const idValue = fc.oneof(
      fc.constantFrom(...ids),
      fc.uuid(),
      fc.constantFrom('1', '0', '-1', 'x', '%00', '..', 'a'.repeat(300)),
    )
    const request = fc.record({
      op: fc.constantFrom(...operations),
      caller: fc.constantFrom<Caller>('anonymous', 'checker', 'editor', 'admin'),
      params: fc.array(idValue, { minLength: 4, maxLength: 4 }),
      query: fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.string(), fc.integer().map(String)), {
        maxKeys: 3,
      }),
      knownQuery: fc.array(
        fc.oneof(fc.string(), fc.integer().map(String), fc.constant(''), impossibleDate, forgedCursor),
        {
          minLength: 6,
          maxLength: 6,
        },
      ),
      body: fc.oneof(
        jsonValue,
        fc.array(jsonValue, { minLength: 8, maxLength: 8 }), // values for the schema's own properties
      ),
      ifMatch: fc.option(
        fc.oneof(fc.string(), fc.constant('"claim-00000000-0000-4000-8000-000000000000-v1"')),
      ),
      csrf: fc.boolean(),
    })

    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const url = filledPath(r)
        const qs = queryOf(r)
        const res = await t.app.inject({
          method: r.op.method as 'GET',
          url: qs ? `${url}?${qs}` : url,
          headers: headersFor(r, headersOf[r.caller]),
          ...(r.op.method === 'GET' || r.op.method === 'DELETE' ? {} : { payload: payloadOf(r) as object }),
        })
        expect(res.statusCode, `${r.op.method} ${url} → ${res.body.slice(0, 300)}`).toBeLessThan(500)
        if (res.statusCode >= 400 && res.headers['content-type']?.toString().includes('json')) {
          const parsed = ErrorSchema.safeParse(res.json())
          expect(parsed.success, `error body of ${r.op.method} ${url}: ${res.body.slice(0, 200)}`).toBe(true)
          expect(res.body).not.toMatch(/\bat .+\.ts:\d+|select .+ from /i)
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261123) },
    )

    // Invariants: every record created through the API has its audit event.
    const missing = await t.db.handle.db.execute(sql`
      select 'claim' as kind, c.id::text from claims c
        where not exists (select 1 from events e where e.subject_id = c.id::text and e.action = 'claim.created')
      union all
      select 'article', a.id::text from articles a
        where not exists (select 1 from events e where e.subject_id = a.id::text and e.action = 'article.created')
      union all
      select 'entity', n.id::text from entities n
        where not exists (select 1 from events e where e.subject_id = n.id::text and e.action = 'entity.created')`)
    expect((missing as unknown as { rows: unknown[] }).rows).toEqual([])
  })
})
