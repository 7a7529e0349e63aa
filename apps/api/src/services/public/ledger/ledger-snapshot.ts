import { type Db, schema, type Tx } from '@claimtrail/db'
import { eq } from 'drizzle-orm'
import { NotFoundError } from '../../../errors.ts'
import type { PublicationRecord } from '../publication-record.ts'
import type { Published } from './ledger-mappers.ts'

const { publishedClaims: pc } = schema

/**
 * Every ledger answer is read in one snapshot: a read-only REPEATABLE READ transaction around all
 * of its statements, so a page read while an editor corrects the claim shows the claim before or
 * after the correction, never the headline of one beside the changelog of the other (and such a
 * torn page would be cached for a minute).
 */
export function inSnapshot<T>(db: Db, read: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(read, { isolationLevel: 'repeatable read', accessMode: 'read only' })
}

/** A claim's published record; an unknown and an unpublished id are the same 404. */
export async function loadPublished(tx: Tx, claimId: string): Promise<Published> {
  const [row] = await tx
    .select({ claimId: pc.claimId, articleId: pc.articleId, record: pc.record })
    .from(pc)
    .where(eq(pc.claimId, claimId))
  if (!row) throw new NotFoundError('Claim')
  return { ...row, record: row.record as PublicationRecord }
}
