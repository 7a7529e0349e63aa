import type { PublicClaimDetail, PublicEvidenceCapture } from '@claimtrail/contracts'
import { apiHref } from '../../api/api-client.ts'
import { formatDate } from '../articles/claim-labels.ts'
import { ResponseItem } from '../articles/response-item.tsx'
import { LedgerLink } from './ledger-link.tsx'
import { entityPath } from './ledger-paths.ts'

const EVIDENCE_WORDS = { supports: 'Supports', refutes: 'Refutes', context: 'Context' } as const

/** What the people and organisations concerned answered, and the evidence the desk relied on. */
export function ResponsesAndEvidence({ claim }: { claim: PublicClaimDetail }) {
  return (
    <>
      <section className="detail-section" aria-labelledby="responses-heading">
        <h2 id="responses-heading">Responses</h2>
        {claim.responses.length === 0 ? (
          <p className="muted">No responses recorded.</p>
        ) : (
          <ul className="responses">
            {claim.responses.map((response) => (
              <ResponseItem
                key={response.id}
                response={response}
                responder={
                  <LedgerLink className="response-entity" to={entityPath(response.entity)}>
                    {response.entity.name}
                  </LedgerLink>
                }
              />
            ))}
          </ul>
        )}
      </section>

      <section className="detail-section" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence</h2>
        {claim.evidence.length === 0 ? (
          <p className="muted">No evidence listed.</p>
        ) : (
          <ul className="plain-list ledger-evidence">
            {claim.evidence.map((e) => (
              <li key={e.id}>
                <span className="badge">{EVIDENCE_WORDS[e.relation]}</span>{' '}
                {e.url ? <a href={e.url}>{e.title}</a> : e.title}
                {e.note && <p className="muted">{e.note}</p>}
                {e.capture && <CaptureLine claimId={claim.id} evidenceId={e.id} capture={e.capture} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

/**
 * "captured <date> · sha256 <12 hex>" as the publication froze it (ADR 020); a link to the
 * capture's text when the desk serves snapshots (PUBLIC_SNAPSHOTS=text), relative to this origin.
 */
function CaptureLine({
  claimId,
  evidenceId,
  capture,
}: {
  claimId: string
  evidenceId: string
  capture: PublicEvidenceCapture
}) {
  const words = (
    <>
      captured {formatDate(capture.capturedAt)} · sha256{' '}
      <code title={capture.sha256}>{capture.sha256.slice(0, 12)}</code>
    </>
  )
  return (
    <p className="muted evidence-capture">
      {capture.snapshotUrl ? (
        <a
          href={apiHref('/api/v1/public/claims/{claimId}/evidence/{evidenceId}/snapshot', {
            claimId,
            evidenceId,
          })}
          title="The text of the page as captured (plain text)"
        >
          {words}
        </a>
      ) : (
        words
      )}
    </p>
  )
}
