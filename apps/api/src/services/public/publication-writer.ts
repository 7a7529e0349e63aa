import { appendEvent, type Db, type DbOrTx, schema, type Tx } from '@claimtrail/db'
import { insertRows } from '@claimtrail/db/generate'
import { and, eq, sql } from 'drizzle-orm'
import { publicClaimsOnly } from './public-filter.ts'
import {
  buildPublicationRecord,
  buildPublicationRecords,
  type PublicationRecord,
  publicationColumns,
} from './publication-record.ts'

const { claims, publishedClaims } = schema

/** The editor's acts that (re)write what readers see (docs/decisions/019-publication-snapshots.md). */
export type PublicationAct = 'publish' | 'correct' | 'retract'

async function currentRecord(tx: DbOrTx, claimId: string) {
  const [row] = await tx
    .select({ revision: publishedClaims.revision, record: publishedClaims.record })
    .from(publishedClaims)
    .where(eq(publishedClaims.claimId, claimId))
    .for('update')
  return row ? { revision: row.revision, record: row.record as PublicationRecord } : null
}

async function write(tx: DbOrTx, claimId: string, revision: number, record: PublicationRecord) {
  const values = { ...publicationColumns(record), revision, recordedAt: new Date() }
  await tx
    .insert(publishedClaims)
    .values({ claimId, ...values })
    .onConflictDoUpdate({ target: publishedClaims.claimId, set: values })
}

/**
 * Freezes what readers see of a claim, in the transaction of the editor's act: publication and
 * correction take the claim as its working rows read now (the editor accepts them: a re-anchored
 * quote, an entity's new name); a retraction keeps the record as it was and only marks it
 * retracted. Returns the record's new revision.
 */
export async function recordPublication(tx: Tx, claimId: string, act: PublicationAct): Promise<number> {
  const previous = await currentRecord(tx, claimId)
  const revision = (previous?.revision ?? 0) + 1
  let record: PublicationRecord | null
  if (act === 'retract' && previous) {
    const { detail, inArticle } = previous.record
    record = {
      ...previous.record,
      detail: { ...detail, status: 'retracted' },
      inArticle: { ...inArticle, status: 'retracted' },
    }
  } else {
    record = await buildPublicationRecord(tx, claimId)
  }
  if (!record) throw new Error(`claim ${claimId} is not public after ${act}`)
  await write(tx, claimId, revision, record)
  return revision
}

/**
 * Tells readers, on the claim's record, that the article was edited after the check (an editor's
 * decision when dismissing an "article changed" flag). Returns the new revision.
 */
export async function recordArticleEdited(
  tx: Tx,
  claimId: string,
  notice: { at: string; versionNumber: number },
): Promise<number | null> {
  const previous = await currentRecord(tx, claimId)
  if (!previous) return null
  const { record } = previous
  const revision = previous.revision + 1
  await write(tx, claimId, revision, { ...record, detail: { ...record.detail, articleEdited: notice } })
  return revision
}

/** The published record of a claim, if it has one (for editors comparing with the working rows). */
export async function readPublication(db: DbOrTx, claimId: string) {
  const [row] = await db
    .select({ revision: publishedClaims.revision, record: publishedClaims.record })
    .from(publishedClaims)
    .where(eq(publishedClaims.claimId, claimId))
  return row ? { revision: row.revision, record: row.record as PublicationRecord } : null
}

/**
 * Public claims without a record (published before records existed, or written by the demo seed,
 * the generator or a restore of an older backup) get one from their working rows, once, at start.
 */
export async function backfillPublications(db: Db): Promise<number> {
  const missing = await db
    .select({ id: claims.id })
    .from(claims)
    .where(
      and(
        publicClaimsOnly(),
        sql`not exists (select 1 from ${publishedClaims} where ${publishedClaims.claimId} = ${claims.id})`,
      ),
    )
  if (missing.length === 0) return 0
  const ids = missing.map((m) => m.id)
  // Batches keep each transaction short on a large ledger; each has its audit event, which also
  // moves the ledger version so no process keeps an answer cached from before.
  for (let i = 0; i < ids.length; i += 200) {
    const batch = ids.slice(i, i + 200)
    await db.transaction(async (tx) => {
      const records = await buildPublicationRecords(tx, batch)
      for (const [id, record] of records) await write(tx, id, 1, record)
      await appendEvent(tx, {
        actorId: null,
        action: 'publication.backfilled',
        subjectType: 'published_claims',
        subjectId: 'backfill',
        after: { claimIds: batch },
      })
    })
  }
  return ids.length
}

/**
 * The generator's publication hook (GenerateOptions.publications): the records of a generated
 * batch's public claims, exactly as backfillPublications would write them (revision 1, built from
 * the working rows by the same builder), inserted with one `insert … select … from unnest(…)`
 * statement per 5,000 rows instead of one insert per claim. Returns how many it wrote.
 */
export async function writeGeneratedPublications(tx: Tx, claimIds: string[]): Promise<number> {
  const records = await buildPublicationRecords(tx, claimIds)
  const recordedAt = new Date().toISOString()
  const rows = [...records].map(([claimId, record]) => {
    const { publishedAt, ...columns } = publicationColumns(record)
    return { claimId, revision: 1, recordedAt, publishedAt: publishedAt.toISOString(), ...columns }
  })
  await insertRows(tx, 'publishedClaims', rows)
  return rows.length
}
