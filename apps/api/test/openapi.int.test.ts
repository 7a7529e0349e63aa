import { readFileSync } from 'node:fs'
import { testDatabases } from '@claimtrail/db/testing'
import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderWebClientTypes, WEB_CLIENT_TYPES_FILE } from '../src/openapi/web-client-types.ts'
import { createTestApp, type TestApp } from './helpers.ts'

// One database is enough: the document does not depend on the driver.
const [database] = await testDatabases()

interface DocumentedOperation {
  summary?: string
  responses?: Record<string, unknown>
  requestBody?: unknown
  parameters?: { in: string }[]
  operationId?: string
  security?: Record<string, string[]>[]
}

/** What every operation's entry must say: summary, success, operationId, security, error answers. */
function expectDocumented(route: string, op: DocumentedOperation): void {
  expect(op.summary, `${route} has a summary`).toBeTruthy()
  const statuses = Object.keys(op.responses ?? {})
  expect(
    statuses.some((s) => s.startsWith('2')),
    `${route} documents its success`,
  ).toBe(true)
  if (route.startsWith('POST') || route.startsWith('PUT') || route.startsWith('PATCH')) {
    expectWriteDocumented(route, op, statuses)
  }
  expect(op.operationId, `${route} has an operationId`).toMatch(/^[a-z][A-Za-z0-9]+$/)
  expect(op.security, `${route} says who may call it`).toBeDefined()
  if (op.parameters?.length || op.requestBody) {
    expect(statuses, `${route} documents the 400 of invalid input`).toContain('400')
  }
  if (op.security?.length && !op.security.some((s) => Object.keys(s).length === 0)) {
    expect(statuses, `${route} documents 401`).toContain('401')
  }
  if (route.includes('{')) {
    expect(
      op.parameters?.some((p) => p.in === 'path'),
      `${route} documents its path parameters`,
    ).toBe(true)
  }
}

function expectWriteDocumented(route: string, op: DocumentedOperation, statuses: string[]): void {
  // Writes document their body (logout, issuing a reset link, capturing evidence again,
  // checking a watched source now and acknowledging its change have none).
  const bodiless = [
    '/logout',
    '/{userId}/password-reset',
    '/{evidenceId}/captures',
    '/{watchId}/check',
    '/{changeId}/acknowledge',
  ]
  if (!bodiless.some((end) => route.endsWith(end)))
    expect(op.requestBody, `${route} documents its body`).toBeDefined()
  expect(statuses, `${route} documents 400`).toContain('400')
}

describe('the OpenAPI document', () => {
  let t: TestApp
  beforeAll(async () => {
    if (database) t = await createTestApp(database, { seed: false })
  })
  afterAll(async () => {
    await t?.close()
  })

  it('is a valid OpenAPI 3 document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    const validator = new Validator()
    const result = await validator.validate(doc)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('is what the web client is typed from: apps/web/src/api/openapi.gen.ts is up to date', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    const committed = readFileSync(WEB_CLIENT_TYPES_FILE, 'utf8')
    expect(
      committed === (await renderWebClientTypes(doc)),
      'run `pnpm generate:client` and commit the result',
    ).toBe(true)
  })

  it('describes every route with its schemas and error answers', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, DocumentedOperation>>
    }
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
    )
    expect(operations.length).toBeGreaterThan(40)
    const ids = operations.map(({ op }) => op.operationId)
    expect(new Set(ids).size, 'operationIds are unique').toBe(operations.length)
    for (const { route, op } of operations) expectDocumented(route, op)
  })
  it('declares servers, the session and CSRF security schemes, and the non-JSON media types', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      servers?: { url: string }[]
      components: { securitySchemes?: Record<string, { type: string; in: string; name: string }> }
      paths: Record<
        string,
        Record<
          string,
          { security?: unknown[]; responses: Record<string, { content?: Record<string, unknown> }> }
        >
      >
    }
    expect(doc.servers?.[0]?.url).toBe('http://localhost:3000')
    expect(doc.components.securitySchemes).toMatchObject({
      sessionCookie: { type: 'apiKey', in: 'cookie', name: 'claimtrail_session' },
      csrfHeader: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
    })
    const mediaTypes = (path: string) => Object.keys(doc.paths[path]?.get?.responses['200']?.content ?? {})
    expect(mediaTypes('/api/v1/public/claims.csv')).toEqual(['text/csv'])
    expect(mediaTypes('/api/v1/public/claims/{claimId}/claimreview')).toEqual(['application/ld+json'])
    expect(mediaTypes('/api/v1/public/claimreview')).toEqual(['application/ld+json'])
    expect(mediaTypes('/api/v1/public/claims/{claimId}/annotation')).toEqual([
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    ])
    expect(mediaTypes('/api/v1/public/articles/{articleId}/versions/{versionId}/text')).toEqual([
      'text/plain',
    ])
    expect(mediaTypes('/api/v1/public/claims')).toEqual(['application/json'])
    // The public ledger needs no login; the desk's routes need the session (and CSRF on writes).
    expect(doc.paths['/api/v1/public/claims']?.get?.security).toEqual([])
    expect(doc.paths['/api/v1/public/claims']?.get?.responses).toHaveProperty('304')
    const write = Object.entries(doc.paths).find(([p, ops]) => p.startsWith('/api/v1/claims') && ops.post)
    expect(write?.[1].post?.security).toEqual([{ sessionCookie: [], csrfHeader: [] }])
  })
})
