import { readFileSync } from 'node:fs'
import { testDatabases } from '@claimtrail/db/testing'
import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderWebClientTypes, WEB_CLIENT_TYPES_FILE } from '../src/openapi/web-client-types.ts'
import { createTestApp, type TestApp } from './helpers.ts'

// One database is enough: the document does not depend on the driver.
const [database] = await testDatabases()

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
      paths: Record<
        string,
        Record<
          string,
          {
            summary?: string
            responses?: Record<string, unknown>
            requestBody?: unknown
            parameters?: { in: string }[]
          }
        >
      >
    }
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
    )
    expect(operations.length).toBeGreaterThan(40)
    for (const { route, op } of operations) {
      expect(op.summary, `${route} has a summary`).toBeTruthy()
      const statuses = Object.keys(op.responses ?? {})
      expect(
        statuses.some((s) => s.startsWith('2')),
        `${route} documents its success`,
      ).toBe(true)
      if (route.startsWith('POST') || route.startsWith('PUT') || route.startsWith('PATCH')) {
        // Writes document their body (logout and issuing a reset link have none).
        if (!route.endsWith('/logout') && !route.endsWith('/{userId}/password-reset'))
          expect(op.requestBody, `${route} documents its body`).toBeDefined()
        expect(statuses, `${route} documents 400`).toContain('400')
      }
      if (route.includes('{')) {
        expect(
          op.parameters?.some((p) => p.in === 'path'),
          `${route} documents its path parameters`,
        ).toBe(true)
      }
    }
  })
})
