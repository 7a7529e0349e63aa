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
      {/* One block per field rather than a table: three columns side by side where the panel is wide,
          stacked where it is narrow (a container query), so nothing is cut off or scrolled sideways. */}
      <ul className="conflict-fields" aria-label="What changed">
        {conflicts.map((c) => (
          <li key={c.field} className="conflict-field" data-clash={c.clash || undefined}>
            <h4 className="conflict-field-name">
              {c.label}
              {c.clash && <span className="conflict-clash"> · changed by both of you</span>}
            </h4>
            <dl className="conflict-values">
              <div>
                <dt>You read</dt>
                <dd>{c.read}</dd>
              </div>
              <div data-changed={c.changedByMe || undefined}>
                <dt>Yours{c.changedByMe && <span className="visually-hidden"> (your change)</span>}</dt>
                <dd>{c.mine}</dd>
              </div>
              <div data-changed={c.changedByThem || undefined}>
                <dt>
                  Now saved{c.changedByThem && <span className="visually-hidden"> (their change)</span>}
                </dt>
                <dd>{c.theirs}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
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
