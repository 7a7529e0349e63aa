import type { Anchor } from '@claimtrail/contracts'
import { AnchorRangeError, describeSelection } from '@claimtrail/core'
import type { schema } from '@claimtrail/db'
import { InvalidError } from '../../errors.ts'

/**
 * The W3C Web Annotation selectors of a selection, derived by the server from the text itself;
 * a selection outside the text, or one that does not match what the client saw, is refused.
 */
export function selectionIn(
  text: string,
  start: number,
  end: number,
  exact: string | undefined,
  field = 'start',
) {
  if (end > text.length) {
    throw new InvalidError(`end: ${end} is past the end of the text (${text.length} characters)`)
  }
  let selector: ReturnType<typeof describeSelection>
  try {
    selector = describeSelection(text, start, end)
  } catch (error) {
    if (error instanceof AnchorRangeError) throw new InvalidError(`${field}: ${error.message}`)
    throw error
  }
  if (exact !== undefined && exact !== selector.exact) {
    throw new InvalidError(
      `exact: the selection ${start}–${end} reads ${JSON.stringify(selector.exact.slice(0, 80))}, not the text you sent`,
    )
  }
  return selector
}

/** A claim's anchor columns from its selectors: one place that maps the W3C selectors to the row. */
export function anchorColumns(selector: {
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}) {
  return {
    anchorStart: selector.start,
    anchorEnd: selector.end,
    anchorExact: selector.exact,
    anchorPrefix: selector.prefix,
    anchorSuffix: selector.suffix,
  }
}

type AnchorRow = Pick<
  typeof schema.claims.$inferSelect,
  | 'articleVersionId'
  | 'anchorStart'
  | 'anchorEnd'
  | 'anchorExact'
  | 'anchorPrefix'
  | 'anchorSuffix'
  | 'orphaned'
>

/** A claim's anchor as the API shows it, from its row: the inverse of anchorColumns. */
export function anchorOf(claim: AnchorRow): Anchor {
  return {
    articleVersionId: claim.articleVersionId,
    start: claim.anchorStart,
    end: claim.anchorEnd,
    exact: claim.anchorExact,
    prefix: claim.anchorPrefix,
    suffix: claim.anchorSuffix,
    orphaned: claim.orphaned,
  }
}
