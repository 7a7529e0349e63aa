import { type Evidence, EvidenceCaptureSchema } from '@claimtrail/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Button } from 'react-aria-components'
import { api, read } from '../../api/api-client.ts'
import { formatDateTime } from '../articles/claim-labels.ts'
import { workspaceKeys } from '../workspace/workspace-queries.ts'

/** Where a stored snapshot is read: as text when there is some, else the bytes as a download (ADR 020). */
function snapshotHref(evidenceId: string, captureId: string, raw: boolean): string {
  const path = `/api/v1/evidence/${encodeURIComponent(evidenceId)}/captures/${encodeURIComponent(captureId)}`
  return raw ? `${path}?raw=1` : path
}

/**
 * The state of an evidence link's newest capture: pending, "captured <date> · sha256 <12 hex>"
 * with links to the stored snapshot, or the reason it failed; with "Capture again" for the desk.
 */
export function EvidenceCaptureLine({
  claimId,
  evidence,
  canCapture,
}: {
  claimId: string
  evidence: Evidence
  canCapture: boolean
}) {
  const capture = evidence.capture
  if (!evidence.url) return null
  return (
    <p className="evidence-capture muted" data-capture={capture?.status ?? 'none'}>
      <CaptureState evidence={evidence} />
      {canCapture && capture?.status !== 'pending' && (
        <>
          {' '}
          <CaptureAgainButton claimId={claimId} evidence={evidence} />
        </>
      )}
    </p>
  )
}

function CaptureState({ evidence }: { evidence: Evidence }) {
  const capture = evidence.capture
  if (!capture) return <span>Not captured</span>
  if (capture.status === 'pending') return <span role="status">Capturing…</span>
  if (capture.status === 'failed') return <span>Capture failed: {capture.failureReason}</span>
  const hash = capture.sha256?.slice(0, 12) ?? ''
  return (
    <span>
      captured {capture.capturedAt ? formatDateTime(capture.capturedAt) : ''} · sha256{' '}
      <code title={capture.sha256 ?? undefined}>{hash}</code> ·{' '}
      {capture.hasText && (
        <>
          <a href={snapshotHref(evidence.id, capture.id, false)} target="_blank" rel="noopener noreferrer">
            Snapshot text<span className="visually-hidden"> of “{evidence.title}” (opens in a new tab)</span>
          </a>{' '}
          ·{' '}
        </>
      )}
      <a href={snapshotHref(evidence.id, capture.id, true)} download>
        Download as captured<span className="visually-hidden"> (“{evidence.title}”)</span>
      </a>
    </span>
  )
}

function CaptureAgainButton({ claimId, evidence }: { claimId: string; evidence: Evidence }) {
  const queryClient = useQueryClient()
  const again = useMutation({
    mutationFn: () =>
      read(
        api.POST('/api/v1/evidence/{evidenceId}/captures', { params: { path: { evidenceId: evidence.id } } }),
        EvidenceCaptureSchema,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.claim(claimId) }),
  })
  return (
    <>
      <Button
        className="link-button"
        isPending={again.isPending}
        onPress={() => again.mutate()}
        aria-label={`Capture “${evidence.title}” again`}
      >
        Capture again
      </Button>
      {again.isError && (
        <span className="field-error" role="alert">
          {again.error.message}
        </span>
      )}
    </>
  )
}
