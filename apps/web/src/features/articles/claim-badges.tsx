import type { ClaimStatus, Rating } from '@claimtrail/contracts'
import type { CSSProperties } from 'react'
import { STATUS_LABELS } from './claim-labels.ts'

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span className="badge status-badge" data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  )
}

/** The verdict label with its rating-scale colour as a swatch, so the text keeps its contrast. */
export function VerdictChip({ verdict }: { verdict: Pick<Rating, 'label' | 'colour'> }) {
  return (
    <span className="badge verdict-chip" style={{ '--verdict-colour': verdict.colour } as CSSProperties}>
      <span className="verdict-swatch" aria-hidden="true" />
      {verdict.label}
    </span>
  )
}
