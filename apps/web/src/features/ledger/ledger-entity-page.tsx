import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { ApiRequestError } from '../../api/api-client.ts'
import { LoadingState } from '../../ui/loading-state.tsx'
import { VerdictChip } from '../articles/claim-badges.tsx'
import { ENTITY_KIND_LABELS, STANCE_LABELS } from '../articles/claim-labels.ts'
import { useDocumentMeta } from './document-meta.ts'
import { LedgerClaimRow } from './ledger-claim-row.tsx'
import { entityMeta, NOT_FOUND_META } from './ledger-meta.ts'
import { claimPath } from './ledger-paths.ts'
import { ledgerEntityQuery } from './ledger-queries.ts'
import { LedgerEmpty, LedgerError } from './ledger-states.tsx'
import './ledger.css'

/** A person, organisation or outlet: the published claims about it and by it, and its responses. */
export function LedgerEntityPage() {
  const { entityId = '' } = useParams()
  const page = useQuery(ledgerEntityQuery(entityId))
  useDocumentMeta(page.data ? entityMeta(page.data) : page.isError ? NOT_FOUND_META : null)

  if (page.isPending) return <LoadingState label="Loading…" />
  if (page.isError) {
    return (
      <section className="page ledger-page">
        {page.error instanceof ApiRequestError && page.error.isNotFound ? (
          <LedgerEmpty title="Not in the ledger">
            <p>
              No published claim mentions them. <Link to="/ledger">Back to the ledger</Link>
            </p>
          </LedgerEmpty>
        ) : (
          <LedgerError
            title="This page could not be loaded"
            error={page.error}
            onRetry={() => void page.refetch()}
            isRetrying={page.isFetching}
          />
        )}
      </section>
    )
  }
  const { about, by, responses } = page.data
  const e = page.data.entity
  const filter = e.kind === 'outlet' ? `outlet=${e.id}` : `subject=${e.id}`
  return (
    <section className="page ledger-page" aria-labelledby="entity-heading">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/ledger">Claim ledger</Link>
      </nav>
      <header className="ledger-header">
        <h1 id="entity-heading">{e.name}</h1>
        <p className="ledger-row-meta">
          <span>{ENTITY_KIND_LABELS[e.kind]}</span>
          {e.aliases.length > 0 && <span>Also known as {e.aliases.join(', ')}</span>}
          {e.wikidataId && (
            <span>
              <a href={`https://www.wikidata.org/wiki/${e.wikidataId}`}>Wikidata {e.wikidataId}</a>
            </span>
          )}
        </p>
        {(e.kind === 'outlet' ? by : about).length > 0 && (
          <p>
            <Link to={`/ledger?${filter}`}>Search the ledger within these claims</Link>
          </p>
        )}
      </header>

      <section className="detail-section" aria-labelledby="about-heading">
        <h2 id="about-heading">Claims about {e.name}</h2>
        {about.length === 0 ? (
          <p className="muted">None published.</p>
        ) : (
          <ol className="ledger-list">
            {about.map((c) => (
              <LedgerClaimRow key={c.id} claim={c} />
            ))}
          </ol>
        )}
      </section>

      <section className="detail-section" aria-labelledby="by-heading">
        <h2 id="by-heading">
          {e.kind === 'outlet' ? `Claims published by ${e.name}` : `Claims by ${e.name}`}
        </h2>
        {by.length === 0 ? (
          <p className="muted">None published.</p>
        ) : (
          <ol className="ledger-list">
            {by.map((c) => (
              <LedgerClaimRow key={c.id} claim={c} />
            ))}
          </ol>
        )}
      </section>

      <section className="detail-section" aria-labelledby="responses-heading">
        <h2 id="responses-heading">Responses by {e.name}</h2>
        {responses.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="responses">
            {responses.map((r, i) => (
              <li key={`${r.claim.id}-${i}`} className="response" data-stance={r.stance}>
                <p className="response-head">
                  <span className="badge stance-badge" data-stance={r.stance}>
                    {STANCE_LABELS[r.stance]}
                  </span>
                  <Link to={claimPath(r.claim.id)}>{r.claim.headline}</Link>
                  <VerdictChip verdict={{ id: r.claim.id, ...r.claim.verdict }} />
                </p>
                {r.addressesPart && <p className="muted">On: {r.addressesPart}</p>}
                {r.words && <blockquote>{r.words}</blockquote>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  )
}
