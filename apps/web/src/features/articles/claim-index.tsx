import type { ClaimInArticle } from '@claimtrail/contracts'
import { ListBox, ListBoxItem } from 'react-aria-components'
import { EmptyState } from '../../ui/query-states.tsx'
import { StatusBadge, VerdictChip } from './claim-badges.tsx'

interface ClaimIndexProps {
  /** Placed claims, in text order. */
  placed: readonly ClaimInArticle[]
  /** Claims that could not be placed in this version. */
  unplaced: readonly ClaimInArticle[]
  onSelect: (claimId: string) => void
}

/** What the panel shows when no claim is selected: every claim in text order, then the orphans. */
export function ClaimIndex({ placed, unplaced, onSelect }: ClaimIndexProps) {
  const total = placed.length + unplaced.length
  return (
    <div className="claim-index">
      <h2 tabIndex={-1} data-panel-heading>
        Claims{total > 0 && <span className="count"> ({total})</span>}
      </h2>
      {total === 0 ? (
        <EmptyState title="No claims marked yet">
          <p>Claims will be highlighted in the text once a fact-checker marks them.</p>
        </EmptyState>
      ) : (
        <>
          {placed.length > 0 && (
            <ClaimList label="Claims in text order" claims={placed} onSelect={onSelect} />
          )}
          {unplaced.length > 0 && (
            <section className="unplaced" aria-labelledby="unplaced-heading">
              <h3 id="unplaced-heading">Could not be placed in this version</h3>
              <p className="muted">Their quoted text was not found in this version of the article.</p>
              <ClaimList label="Could not be placed in this version" claims={unplaced} onSelect={onSelect} />
            </section>
          )}
          {placed.length > 1 && (
            <p className="hint">
              Tip: press <kbd>j</kbd> and <kbd>k</kbd> to move between claims.
            </p>
          )}
        </>
      )}
    </div>
  )
}

function ClaimList({
  label,
  claims,
  onSelect,
}: {
  label: string
  claims: readonly ClaimInArticle[]
  onSelect: (claimId: string) => void
}) {
  return (
    <ListBox
      aria-label={label}
      className="claim-list"
      items={claims}
      selectionMode="none"
      onAction={(key) => onSelect(String(key))}
    >
      {(claim) => (
        <ListBoxItem id={claim.id} textValue={claim.headline} className="claim-list-item">
          <span className="claim-list-headline">{claim.headline}</span>
          <span className="badge-row">
            <StatusBadge status={claim.status} />
            {claim.verdict && <VerdictChip verdict={claim.verdict} />}
          </span>
        </ListBoxItem>
      )}
    </ListBox>
  )
}
