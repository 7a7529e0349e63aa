import type { ClaimDetail } from '@claimtrail/contracts'
import { Button } from 'react-aria-components'
import { StatusBadge } from '../articles/claim-badges.tsx'
import { KIND_LABELS } from '../articles/claim-labels.ts'

/** The last save's or submit's outcome, as the claim editor reports it. */
export type Outcome = { kind: 'done' | 'failed'; text: string } | null

/** The transition the claim's author can ask for now, if any. */
export type Transition = 'submit' | 'resubmit' | null

/** Back to the list, the claim's badges, its headline (the panel's heading) and its quote. */
export function EditorHeading({ claim, onClose }: { claim: ClaimDetail; onClose: () => void }) {
  return (
    <>
      <Button className="link-button back-button" onPress={onClose}>
        <span aria-hidden="true">← </span>All claims
      </Button>
      <div className="badge-row">
        <StatusBadge status={claim.status} />
        <span className="badge kind-badge">{KIND_LABELS[claim.kind]}</span>
        {claim.sourcing.computedGrade && (
          <span className="badge">Sourcing {claim.sourcing.computedGrade}</span>
        )}
      </div>
      <h2 id="claim-editor-heading" className="claim-headline" tabIndex={-1} data-panel-heading>
        {claim.headline}
      </h2>
      <blockquote className="claim-quote">{claim.anchor.exact}</blockquote>
    </>
  )
}

/** Save, and submit (or resubmit) for review when the claim's author can. */
export function EditorButtons({
  saving,
  canSave,
  transition,
  onSubmitForReview,
  submitting,
}: {
  saving: boolean
  canSave: boolean
  transition: Transition
  onSubmitForReview: () => void
  submitting: boolean
}) {
  return (
    <div className="button-row">
      <Button type="submit" className="button" isPending={saving} isDisabled={!canSave}>
        {saving ? 'Saving…' : 'Save changes'}
      </Button>
      {transition && (
        <Button className="button button-secondary" onPress={onSubmitForReview} isPending={submitting}>
          {transition === 'submit' ? 'Submit for review' : 'Resubmit for review'}
        </Button>
      )}
    </div>
  )
}

/** The last save's or submit's outcome: a polite status when done, an alert when it failed. */
export function OutcomeLines({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <div role="status" className="status-line">
        {outcome?.kind === 'done' ? outcome.text : null}
      </div>
      {outcome?.kind === 'failed' && (
        <div className="form-alert" role="alert">
          {outcome.text}
        </div>
      )}
    </>
  )
}
