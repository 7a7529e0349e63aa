import {
  INFORMATION_CREDIBILITY_LEVELS,
  type PublicClaimDetail,
  SOURCE_RELIABILITY_LEVELS,
} from '@claimtrail/contracts'
import { Fragment } from 'react'
import { SOURCING_GRADE_LABELS } from '../articles/claim-labels.ts'
import { LedgerLink } from './ledger-link.tsx'

const EFFECT_WORDS = { base: 'Base grade', up: 'Raised', down: 'Lowered', note: 'Note' } as const

/** How well the claim is sourced: the grade, why, and the Admiralty ratings behind it. */
export function SourcingDetails({ sourcing }: { sourcing: NonNullable<PublicClaimDetail['sourcing']> }) {
  return (
    <div className="ledger-grade">
      <h3>
        Sourcing grade <span className="badge grade-badge">{sourcing.grade}</span>
      </h3>
      <p>{SOURCING_GRADE_LABELS[sourcing.grade]}</p>
      <ul className="ledger-reasons" aria-label="Why this grade">
        {sourcing.reasons.map((r) => (
          <li key={`${r.rule}-${r.text}`} data-effect={r.effect}>
            <span className="ledger-effect">{EFFECT_WORDS[r.effect]}</span> {r.text}
          </li>
        ))}
      </ul>
      {sourcing.overrideReason && (
        <p>
          The editor set the grade to {sourcing.grade} (computed: {sourcing.computedGrade}):{' '}
          {sourcing.overrideReason}
        </p>
      )}
      {sourcing.sharedOrigins.length > 0 && (
        <p className="notice">
          Circular sourcing: {sourcing.sharedOrigins.map((s) => s.origin.name).join(', ')} stand behind more
          than one chain, which therefore count once.
        </p>
      )}
      {(sourcing.informationCredibility || sourcing.sourceReliability.length > 0) && (
        <dl className="facts">
          {sourcing.informationCredibility && (
            <>
              <dt>Credibility</dt>
              <dd>
                {sourcing.informationCredibility} ·{' '}
                {
                  INFORMATION_CREDIBILITY_LEVELS.find((l) => l.code === sourcing.informationCredibility)
                    ?.label
                }
              </dd>
            </>
          )}
          {sourcing.sourceReliability.map((r) => (
            <Fragment key={r.entity.id}>
              <dt>{r.entity.name}</dt>
              {/* Four text nodes, as the credibility line has: the served HTML stays as it was. */}
              <dd>
                {r.reliability}
                {' ·'} {SOURCE_RELIABILITY_LEVELS.find((l) => l.code === r.reliability)?.label}
              </dd>
            </Fragment>
          ))}
        </dl>
      )}
      <p className="muted">
        <LedgerLink to="/ledger/methodology">How sourcing is graded</LedgerLink>
      </p>
    </div>
  )
}
