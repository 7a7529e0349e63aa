import type { RatingScale } from '@claimtrail/contracts'
import { VerdictChip } from '../articles/claim-badges.tsx'

/** Ratings kept read-only for the published verdicts that used them (docs/design.md, "Rating scale"). */
export function RetiredRatings({ ratings }: { ratings: RatingScale['ratings'] }) {
  const retired = ratings
  return (
    <section className="detail-section" aria-labelledby="retired-heading">
      <h2 id="retired-heading">Retired ratings</h2>
      {retired.length === 0 ? (
        <p className="muted">No rating has been retired from this scale.</p>
      ) : (
        <>
          <p className="muted">
            Kept, read-only, for the published verdicts that used them. They are not offered for new verdicts
            and cannot be edited: a published verdict keeps the words it was published with.
          </p>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Retired ratings</caption>
              <thead>
                <tr>
                  <th scope="col">Rating</th>
                  <th scope="col">Description</th>
                  <th scope="col">Value</th>
                </tr>
              </thead>
              <tbody>
                {retired.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <VerdictChip verdict={r} />
                    </th>
                    <td>{r.description || <span className="muted">No description</span>}</td>
                    <td>{r.ratingValue ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
