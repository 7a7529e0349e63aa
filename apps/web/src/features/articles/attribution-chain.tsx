import type { Chain, Hop } from '@claimtrail/contracts'
import { ENTITY_KIND_LABELS, HOP_ACCESS_LABELS, HOP_ROLE_LABELS } from './claim-labels.ts'

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position

/**
 * The ordered hops by which a claim reached the article, drawn origin first as a small graph: one
 * node per entity, and an arrow to the next hop labelled with this hop's cue word, as in docs/design.md:
 * unnamed sources --(citing)--> Global News --(reported)--> this article.
 */
export function AttributionChains({ chains }: { chains: readonly Chain[] }) {
  if (chains.length === 0) return <p className="muted">No attribution recorded.</p>
  const ordered = [...chains].sort(byPosition)
  return (
    <div className="chains">
      {ordered.map((chain, index) => {
        const label =
          ordered.length === 1
            ? 'Attribution chain, origin first'
            : `Attribution chain ${index + 1}, origin first`
        return (
          <figure key={chain.id} className="chain">
            {ordered.length > 1 && <figcaption className="chain-caption">Chain {index + 1}</figcaption>}
            {chain.hops.length === 0 ? (
              <p className="muted">No hops recorded.</p>
            ) : (
              <ol className="chain-hops" aria-label={label}>
                {[...chain.hops].sort(byPosition).map((hop, at, hops) => (
                  <HopNode key={hop.id} hop={hop} isLast={at === hops.length - 1} />
                ))}
              </ol>
            )}
          </figure>
        )
      })}
    </div>
  )
}

function HopNode({ hop, isLast }: { hop: Hop; isLast: boolean }) {
  const cue = hop.cue && (
    <>
      <span className="visually-hidden">Cue: </span>
      <q className="hop-cue">{hop.cue}</q>
    </>
  )
  return (
    <li className="hop" data-role={hop.role}>
      <div className="hop-node" data-named={hop.named}>
        <div className="hop-head">
          <span className="hop-entity">{hop.entity.name}</span>
          <span className="hop-role">{HOP_ROLE_LABELS[hop.role]}</span>
        </div>
        <ul className="hop-facts">
          <li>{ENTITY_KIND_LABELS[hop.entity.kind]}</li>
          <li data-tone={hop.named ? 'good' : 'warn'}>{hop.named ? 'Named' : 'Anonymous'}</li>
          <li data-tone={hop.onRecord ? 'good' : 'warn'}>
            {hop.onRecord ? 'On the record' : 'Off the record'}
          </li>
          <li data-tone={hop.access === 'direct' ? 'good' : 'warn'}>{HOP_ACCESS_LABELS[hop.access]}</li>
          {!hop.named && (
            <li data-tone={hop.anonymityReasonGiven ? undefined : 'warn'}>
              {hop.anonymityReasonGiven ? 'Reason for anonymity given' : 'No reason for anonymity given'}
            </li>
          )}
        </ul>
        {isLast && cue && <p className="hop-last-cue">{cue}</p>}
      </div>
      {!isLast && (
        <div className="hop-link">
          <span className="hop-arrow" aria-hidden="true" />
          {cue}
        </div>
      )}
    </li>
  )
}
