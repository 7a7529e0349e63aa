import type { ClaimDetail, Role } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { api, ifMatch } from '../../api/api-client.ts'
import { ratingScalesQuery } from '../review/review-queries.ts'
import { VerdictForm } from '../review/verdict-form.tsx'
import { VerdictProposalView } from '../review/verdict-proposal-view.tsx'
import { draftKey } from './unsaved-drafts.ts'
import { useClaimWrite } from './workspace-queries.ts'

/**
 * The verdict in the workspace: a checker proposes a rating from the scale and a rationale; an
 * editor sees the proposal and decides (docs/design.md, "Workflow"). Both stay on the claim.
 */
export function VerdictProposalSection({
  claim,
  etag,
  editable,
  user,
}: {
  claim: ClaimDetail
  etag: string | null
  editable: boolean
  user: { id: string; role: Role }
}) {
  const scales = useQuery(ratingScalesQuery())
  const scale = scales.data?.items.find((s) => s.isDefault) ?? scales.data?.items[0] ?? null
  const write = useClaimWrite(claim.id)
  const [done, setDone] = useState('')
  const checker = user.role === 'checker'
  return (
    <section className="detail-section verdict-proposal" aria-labelledby="verdict-proposal-heading">
      <h3 id="verdict-proposal-heading">{checker ? 'Proposed verdict' : 'Verdict'}</h3>
      <VerdictProposalView claim={claim} />
      {/* Announced politely, without a second role="status" in the editor (its own says what happened). */}
      <p aria-live="polite" className="status-line">
        {done}
      </p>
      {editable && (
        <VerdictForm
          claim={claim}
          scale={scale}
          pending={write.isPending}
          saveLabel={checker ? 'Propose this verdict' : 'Save the verdict'}
          draftKey={draftKey(user.id, 'verdict', claim.id)}
          onSave={async (verdictRatingId, rationale) => {
            setDone('')
            try {
              await write.mutateAsync(() =>
                api.PATCH('/api/v1/claims/{claimId}', {
                  params: { path: { claimId: claim.id } },
                  headers: ifMatch(etag),
                  body: { verdictRatingId, rationale },
                }),
              )
              setDone(checker ? 'Verdict proposed: the editor sees it in review.' : 'Verdict saved.')
              return null
            } catch (error) {
              return `Not saved: ${error instanceof Error ? error.message : 'something went wrong'}`
            }
          }}
        />
      )}
    </section>
  )
}
