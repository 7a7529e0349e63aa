import { useQuery } from '@tanstack/react-query'
import { LoadingState } from '../../ui/loading-state.tsx'
import { useDocumentMeta } from './document-meta.ts'
import { METHODOLOGY_META } from './ledger-meta.ts'
import { methodologyQuery } from './ledger-queries.ts'
import { LedgerError } from './ledger-states.tsx'
import './ledger.css'
import { VerdictChip } from '../articles/claim-badges.tsx'
import { LedgerLink } from './ledger-link.tsx'

const EFFECT_WORDS: Record<string, string> = { up: 'Raises', down: 'Lowers', note: 'Note' }

/** How the desk rates: the same data the code uses (IFCN asks for methodology and corrections policy). */
export function MethodologyPage() {
  const m = useQuery(methodologyQuery())
  useDocumentMeta(METHODOLOGY_META)
  if (m.isPending) return <LoadingState label="Loading the methodology…" />
  if (m.isError) {
    return (
      <section className="page ledger-page">
        <LedgerError
          title="The methodology could not be loaded"
          error={m.error}
          onRetry={() => void m.refetch()}
          isRetrying={m.isFetching}
        />
      </section>
    )
  }
  const { ratingScale, sourcingGrades, adjustments, admiralty, correctionsPolicy } = m.data
  return (
    <article className="page ledger-page ledger-methodology" aria-labelledby="methodology-heading">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <LedgerLink to="/ledger">Claim ledger</LedgerLink>
      </nav>
      <h1 id="methodology-heading">How we rate claims</h1>
      <p className="ledger-lede">
        Every claim gets two separate judgements: a <strong>verdict</strong> on whether it is true, and a{' '}
        <strong>sourcing grade</strong> on how well the article supports it. A well-sourced claim can still be
        false.
      </p>

      <section className="detail-section" aria-labelledby="scale-heading">
        <h2 id="scale-heading">Verdicts</h2>
        {ratingScale.description && <p>{ratingScale.description}</p>}
        <table className="ledger-table">
          <thead>
            <tr>
              <th scope="col">Verdict</th>
              <th scope="col">Meaning</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {ratingScale.ratings.map((r) => (
              <tr key={r.label}>
                <th scope="row">
                  <VerdictChip verdict={r} />
                </th>
                <td>{r.description}</td>
                <td>{r.ratingValue ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {ratingScale.bestRating !== null && (
          <p className="muted">
            In ClaimReview markup the best rating is {ratingScale.bestRating} and the worst{' '}
            {ratingScale.worstRating}.
          </p>
        )}
      </section>

      <section className="detail-section" aria-labelledby="grades-heading">
        <h2 id="grades-heading">Sourcing grades</h2>
        <p>
          The grade is computed from the attribution chains: who the claim comes from, through whom it reached
          the article, named or anonymous, on or off the record, and their access to the facts. An editor may
          override it, with a reason shown on the claim.
        </p>
        <dl className="ledger-grades">
          {sourcingGrades.map((g) => (
            <div key={g.grade} className="ledger-grade-def">
              <dt>
                <span className="badge grade-badge">{g.grade}</span> {g.description}
              </dt>
              {g.rules.map((r) => (
                <dd key={r.id}>{r.description}</dd>
              ))}
            </div>
          ))}
        </dl>
        <h3>What moves a grade</h3>
        <ul className="ledger-reasons">
          {adjustments.map((a) => (
            <li key={a.id} data-effect={a.effect}>
              <span className="ledger-effect">{EFFECT_WORDS[a.effect] ?? a.effect}</span> {a.description}
            </li>
          ))}
        </ul>
      </section>

      <section className="detail-section" aria-labelledby="admiralty-heading">
        <h2 id="admiralty-heading">Source reliability and information credibility</h2>
        <p>
          Editors also record the Admiralty (NATO STANAG 2511) assessment: a letter for how reliable each
          origin source has been, and a number for how far other information bears the claim out.
        </p>
        <div className="ledger-two">
          <table className="ledger-table">
            <caption>Source reliability</caption>
            <tbody>
              {admiralty.sourceReliability.map((l) => (
                <tr key={l.code}>
                  <th scope="row">{l.code}</th>
                  <td>
                    <strong>{l.label}</strong>. {l.description}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="ledger-table">
            <caption>Information credibility</caption>
            <tbody>
              {admiralty.informationCredibility.map((l) => (
                <tr key={l.code}>
                  <th scope="row">{l.code}</th>
                  <td>
                    <strong>{l.label}</strong>. {l.description}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="detail-section" aria-labelledby="corrections-heading">
        <h2 id="corrections-heading">Corrections policy</h2>
        <ul>
          {correctionsPolicy.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </section>
    </article>
  )
}
