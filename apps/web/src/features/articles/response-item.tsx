import type { ClaimResponse } from '@claimtrail/contracts'
import type { ReactNode } from 'react'
import { STANCE_LABELS } from './claim-labels.ts'

type ShownResponse = Pick<ClaimResponse, 'stance' | 'words' | 'addressesPart'> & { entity: { name: string } }

interface ResponseItemProps {
  response: ShownResponse
  /** How the responder is shown; by default their name (the public ledger links it). */
  responder?: ReactNode
  /** Controls after the words (the workspace's remove button). */
  children?: ReactNode
}

/** One response as every view shows it: who, their stance, the part it answers, their words. */
export function ResponseItem({ response, responder, children }: ResponseItemProps) {
  return (
    <li className="response" data-stance={response.stance}>
      <p className="response-head">
        {responder ?? <span className="response-entity">{response.entity.name}</span>}
        <span className="badge stance-badge" data-stance={response.stance}>
          {STANCE_LABELS[response.stance]}
        </span>
      </p>
      {response.addressesPart && <p className="muted">On: {response.addressesPart}</p>}
      {response.words && <blockquote>{response.words}</blockquote>}
      {children}
    </li>
  )
}
