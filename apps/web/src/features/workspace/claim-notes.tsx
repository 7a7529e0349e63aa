import type { ClaimDetail } from '@claimtrail/contracts'
import { formatDateTime } from '../articles/claim-labels.ts'

/** The claim's notes, newest first; nothing when there are none. */
export function ClaimNotes({ claim }: { claim: ClaimDetail }) {
  if (claim.notes.length === 0) return null
  return (
    <section className="detail-section" aria-labelledby="notes-heading">
      <h3 id="notes-heading">Notes</h3>
      <ul className="plain-list">
        {[...claim.notes].reverse().map((note) => (
          <li key={note.id} className="note">
            <p>{note.body}</p>
            <p className="muted">
              <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
