import type { OtherAppearance } from '@claimtrail/contracts'
import { schema, type Tx } from '@claimtrail/db'
import { and, asc, desc, eq, inArray, ne, or, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { type RecordedSummary, recordedSummary, toSummary } from '../public-claims-query.ts'
import type { Published } from './ledger-mappers.ts'

const { claims, publishedClaims: pc } = schema

/** How many other appearances a claim lists, newest first. */
const MAX_APPEARANCES = 50

/**
 * The same claim (normalised headline or statement) published about other articles, for each of
 * `published` in one statement (a DataFeed page costs no query per review): at most 50 each,
 * newest first.
 */
export async function otherAppearancesOf(
  tx: Tx,
  baseUrl: string,
  published: Published[],
): Promise<Map<string, OtherAppearance[]>> {
  const found = new Map<string, OtherAppearance[]>(published.map((p) => [p.claimId, []]))
  if (published.length === 0) return found
  const mine = alias(pc, 'mine')
  // Matched on the claims' own texts, where the key indexes are: a public claim's headline and
  // statement change only by a correction, which rewrites its record in the same transaction.
  const rows = await tx
    .select({ forId: mine.claimId, summary: recordedSummary })
    .from(mine)
    .innerJoin(pc, ne(pc.articleId, mine.articleId))
    .innerJoin(claims, eq(claims.id, pc.claimId))
    .where(
      and(
        inArray(
          mine.claimId,
          published.map((p) => p.claimId),
        ),
        or(
          sql`${schema.claimTextKey(claims.headline)} = ${schema.claimTextKey(sql`${mine.headline}`)}`,
          sql`${schema.claimTextKey(claims.statement)} = ${schema.claimTextKey(sql`${mine.statement}`)}`,
        ),
      ),
    )
    .orderBy(asc(mine.claimId), desc(pc.publishedAt), asc(pc.claimId))
  for (const { forId, summary: s } of rows as { forId: string; summary: RecordedSummary }[]) {
    const list = found.get(forId)
    if (!list || list.length >= MAX_APPEARANCES) continue
    const summary = toSummary(baseUrl, s)
    list.push({
      claimId: summary.id,
      headline: summary.headline,
      verdict: summary.verdict,
      article: summary.article,
      publishedAt: summary.publishedAt,
    })
  }
  return found
}

export async function otherAppearances(
  tx: Tx,
  baseUrl: string,
  claim: Published,
): Promise<OtherAppearance[]> {
  return (await otherAppearancesOf(tx, baseUrl, [claim])).get(claim.claimId) ?? []
}
