import { Button } from 'react-aria-components'
import type { FieldConflict } from './claim-diff.ts'

interface ConflictPanelProps {
  conflicts: readonly FieldConflict[]
  onReload: () => void
  onReapply: () => void
  isPending: boolean
}

/**
 * A 409: someone saved the claim after this user read it. Shows, field by field, what they read,
 * what they wrote and what is there now; nothing is overwritten until they choose.
 */
export function ConflictPanel({ conflicts, onReload, onReapply, isPending }: ConflictPanelProps) {
  const clashes = conflicts.filter((c) => c.clash).length
  return (
    <div className="conflict" role="alert" aria-labelledby="conflict-heading">
      <h3 id="conflict-heading">Someone else changed this claim</h3>
      <p>
        Your changes were not saved: the claim was saved by someone else after you opened it. Compare, then
        reload their version or re-apply your changes on top of it.
        {clashes > 0 &&
          ` ${clashes === 1 ? 'One field was' : `${clashes} fields were`} changed by both of you: re-applying keeps yours there.`}
      </p>
      <div className="table-scroll">
        <table className="data-table conflict-table">
          <caption className="visually-hidden">What changed</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">You read</th>
              <th scope="col">Yours</th>
              <th scope="col">Now saved</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={c.field} data-clash={c.clash || undefined}>
                <th scope="row">{c.label}</th>
                <td>{c.read}</td>
                <td data-changed={c.changedByMe || undefined}>
                  {c.mine}
                  {c.changedByMe && <span className="visually-hidden"> (your change)</span>}
                </td>
                <td data-changed={c.changedByThem || undefined}>
                  {c.theirs}
                  {c.changedByThem && <span className="visually-hidden"> (their change)</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <Button className="button button-secondary" onPress={onReload} isDisabled={isPending}>
          Reload
        </Button>
        <Button className="button" onPress={onReapply} isPending={isPending}>
          Re-apply my change
        </Button>
      </div>
    </div>
  )
}
