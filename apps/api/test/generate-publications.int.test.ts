import { generateDataset } from '@claimtrail/db/generate'
import { testDatabases } from '@claimtrail/db/testing'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordPublication, writeGeneratedPublications } from '../src/services/public/publication-writer.ts'
import { createTestApp, type TestApp } from './helpers.ts'

// The generator's publication records (bench/README.md, "Generation speed") against the records the
// product's own writer makes for the same claims (docs/decisions/019-publication-snapshots.md).

interface RecordRow {
  claim_id: string
  revision: number
  status: string
  published_at: string
  article_id: string
  article_version_id: string
  outlet_id: string | null
  headline: string
  statement: string
  quote: string
  rationale: string | null
  verdict_label: string
  grade: string | null
  subject_ids: string
  by_ids: string
  mention_ids: string
  record: string
  search_vector: string
}

describe.each(await testDatabases())('generated publication records on $driver', (testDb) => {
  let t: TestApp
  let generatedIds: string[] = []
  let written = 0
  beforeAll(async () => {
    t = await createTestApp(testDb)
    const before = await t.db.handle.db.execute(sql`select id from claims`)
    const existing = new Set((before as unknown as { rows: { id: string }[] }).rows.map((r) => r.id))
    const result = await generateDataset(t.db.handle.db, {
      articles: 8,
      claimsPerArticle: 10,
      seed: 7,
      // Several batches, so records are built for many claims at once more than once.
      claimsPerBatch: 30,
      publications: writeGeneratedPublications,
    })
    written = result.rowsByTable.publishedClaims ?? 0
    const after = await t.db.handle.db.execute(
      sql`select id from claims where status in ('published', 'corrected', 'retracted') order by id`,
    )
    generatedIds = (after as unknown as { rows: { id: string }[] }).rows
      .map((r) => r.id)
      .filter((id) => !existing.has(id))
  })
  afterAll(async () => {
    await t?.close()
  })

  // Every column but recorded_at (the time of writing); arrays and jsonb as text, so an order or
  // type difference shows.
  const readRecords = async (): Promise<RecordRow[]> => {
    const result = await t.db.handle.db.execute(sql`
      select claim_id, revision, status, published_at::text, article_id, article_version_id, outlet_id,
             headline, statement, quote, rationale, verdict_label, grade, subject_ids::text,
             by_ids::text, mention_ids::text, record::text, search_vector::text
      from published_claims where claim_id = any(${sql.param(generatedIds)}::uuid[]) order by claim_id`)
    return (result as unknown as { rows: RecordRow[] }).rows
  }

  it('writes one record per generated public claim, each status among them', async () => {
    expect(generatedIds.length).toBeGreaterThan(10)
    expect(written).toBe(generatedIds.length)
    const rows = await readRecords()
    expect(rows.map((r) => r.claim_id)).toEqual(generatedIds)
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['published', 'corrected', 'retracted']))
  })

  it('writes exactly what the publication writer writes for the same claims', async () => {
    const generated = await readRecords()
    await t.db.handle.db.execute(
      sql`delete from published_claims where claim_id = any(${sql.param(generatedIds)}::uuid[])`,
    )
    expect(await readRecords()).toEqual([])
    for (const id of generatedIds) {
      await t.db.handle.db.transaction(async (tx) => {
        await recordPublication(tx, id, 'publish')
      })
    }
    const written = await readRecords()
    expect(written).toHaveLength(generated.length)
    for (const [i, row] of written.entries()) expect(generated[i], row.claim_id).toEqual(row)
  })

  it('serves the generated records on the public ledger', async () => {
    const [first] = generatedIds
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/claims/${first}` })
    expect(res.statusCode).toBe(200)
    expect(res.json().id).toBe(first)
  })
})
