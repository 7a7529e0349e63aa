import type { Tx } from '@claimtrail/db'
import { schema } from '@claimtrail/db'
import { eq, ne, sql } from 'drizzle-orm'

const { watchedSources } = schema

/**
 * What is watched follows the writes that make it (docs/decisions/021-source-watching.md): these
 * run inside the transaction of the article or evidence write, so a source is watched exactly
 * when its row exists. Removing the evidence or the article removes the watch (on delete cascade).
 */

/** An article imported from a web address: watched from the text that import found there. */
export async function watchArticle(tx: Tx, articleId: string, url: string, sha256: string): Promise<void> {
  await tx
    .insert(watchedSources)
    .values({
      kind: 'article',
      articleId,
      url,
      lastSha256: sha256,
      lastStatus: 'alive',
      lastCheckedAt: sql`now()`,
    })
    .onConflictDoNothing({ target: watchedSources.articleId })
}

/**
 * Evidence with a link is watched; a new link starts afresh (its first check records the text,
 * flagging nothing); no link, no watch.
 */
export async function syncEvidenceWatch(tx: Tx, row: { id: string; url: string | null }): Promise<void> {
  if (!row.url) {
    await tx.delete(watchedSources).where(eq(watchedSources.evidenceId, row.id))
    return
  }
  await tx
    .insert(watchedSources)
    .values({ kind: 'evidence', evidenceId: row.id, url: row.url })
    .onConflictDoUpdate({
      target: watchedSources.evidenceId,
      set: {
        url: row.url,
        nextCheckAt: sql`now()`,
        lastCheckedAt: null,
        lastStatus: null,
        lastHttpStatus: null,
        lastSha256: null,
        lastText: null,
        lastByteSize: null,
        lastError: null,
        updatedAt: sql`now()`,
      },
      setWhere: ne(watchedSources.url, row.url),
    })
}
