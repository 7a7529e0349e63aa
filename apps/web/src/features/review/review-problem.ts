import type { ClaimDetail, RatingScale } from '@claimtrail/contracts'
import { ApiRequestError } from '../../api/api-client.ts'
import type { ReviewAction } from './review-queries.ts'

// Readers see these; corrections and "article changed" flags apply to them.
export const PUBLIC: readonly ClaimDetail['status'][] = ['published', 'corrected', 'retracted']

/** What to tell the editor about a refused write. */
export interface Problem {
  title: string
  message: string
  reasons?: string[]
  conflict?: boolean
}

export function problemOf(error: unknown): Problem {
  if (error instanceof ApiRequestError) {
    if (error.code === 'PUBLISH_BLOCKED') {
      const reasons = (error.details as { reasons?: unknown } | null)?.reasons
      return {
        title: 'This claim cannot be published yet',
        message: 'Fix these first:',
        reasons: Array.isArray(reasons) ? reasons.map(String) : [error.message],
      }
    }
    if (error.isConflict) {
      return {
        title: 'Someone else changed this claim',
        message: `${error.message}. The claim has been reloaded with their changes: check what changed, then do it again.`,
        conflict: true,
      }
    }
  }
  return {
    title: 'That did not work',
    message: error instanceof Error ? error.message : 'Something went wrong.',
  }
}

/** Conflicts and publish blockers are page-level news; other refusals are the form's or the action's. */
export const isPageProblem = (problem: Problem) => Boolean(problem.conflict || problem.reasons)

export const ACTION_LABELS: Record<ReviewAction, string> = {
  approve: 'Approve',
  'request-changes': 'Request changes',
  publish: 'Publish',
}
export const ACTION_DONE: Record<ReviewAction, string> = {
  approve: 'Approved.',
  'request-changes': 'Sent back to the checker with your comment.',
  publish: 'Published: the claim is on the public ledger.',
}

export type ReviewActionsAllowed = Record<ReviewAction, boolean>

/** The workflow actions the API allows on the claim now (none while it is not loaded). */
export function reviewActionsAllowed(
  claim: Pick<ClaimDetail, 'allowedActions'> | undefined,
): ReviewActionsAllowed {
  const allowed = new Set(claim?.allowedActions ?? [])
  return {
    approve: allowed.has('approve'),
    'request-changes': allowed.has('request_changes'),
    publish: allowed.has('publish'),
  }
}

/** The scale verdicts are chosen from: the default one, else the first. */
export const verdictScale = (scales: readonly RatingScale[] | undefined): RatingScale | null =>
  scales?.find((s) => s.isDefault) ?? scales?.[0] ?? null
