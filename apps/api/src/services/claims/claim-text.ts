import { type DbOrTx, schema } from '@claimtrail/db'
import { eq } from 'drizzle-orm'
import { InvalidError, NotFoundError } from '../../errors.ts'

const { articleVersions } = schema

/** The article text a claim's anchors (claim, cue words, response words) point into. */
export async function claimText(db: DbOrTx, articleVersionId: string): Promise<string> {
  const [version] = await db
    .select({ body: articleVersions.body })
    .from(articleVersions)
    .where(eq(articleVersions.id, articleVersionId))
  if (!version) throw new NotFoundError('Article version')
  return version.body
}

/**
 * Checks an optional span (cue words, a response's words) against the text: inside it, and
 * reading exactly the words sent when both are given.
 */
export function assertSpan(
  text: string,
  field: string,
  start: number | null | undefined,
  end: number | null | undefined,
  words?: string | null,
) {
  if (start == null || end == null) return
  if (end <= start) throw new InvalidError(`${field}: end must be after start`)
  if (end > text.length)
    throw new InvalidError(`${field}: ${end} is past the end of the text (${text.length} characters)`)
  if (words != null && text.slice(start, end) !== words) {
    throw new InvalidError(
      `${field}: the text at ${start}–${end} reads ${JSON.stringify(text.slice(start, end).slice(0, 80))}`,
    )
  }
}
