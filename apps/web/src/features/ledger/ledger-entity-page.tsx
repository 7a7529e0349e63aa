import type { PublicClaimSummary, PublicEntityPage } from '@claimtrail/contracts'
import { entityCursorsFromParams } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { useParams, useSearchParams } from 'react-router'
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
import { LedgerLink } from './ledger-link.tsx'

/** A person, organisation or outlet: the published claims about it and by it, and its responses. */
export function LedgerEntityPage() {
  const { entityId = '' } = useParams()
  const [params] = useSearchParams()
  const page = useQuery(ledgerEntityQuery(entityId, entityCursorsFromParams(params)))
  useDocumentMeta(page.data ? entityMeta(page.data) : page.isError ? NOT_FOUND_META : null)

  if (page.isPending) return <LoadingState label="Loading…" />
  if (page.isError) {
    return (
      <section className="page ledger-page">
        {page.error instanceof ApiRequestError && page.error.isNotFound ? (
          <LedgerEmpty title="Not in the ledger">
            <p>
              No published claim mentions them. <LedgerLink to="/ledger">Back to the ledger</LedgerLink>
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
  const e = page.data.entity
  /** This address with one list moved on to `cursor` (the other list stays where it is). */
  const olderHref = (list: 'about' | 'by', cursor: string) => {
    const next = new URLSearchParams(params)
    next.set(list, cursor)
    return `?${next}`
  }
  return (
    <section className="page ledger-page" aria-labelledby="entity-heading">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <LedgerLink to="/ledger">Claim ledger</LedgerLink>
      </nav>
      <EntityHeader page={page.data} />
      <ClaimSection
        id="about-heading"
        title={`Claims about ${e.name}`}
        claims={page.data.about}
        olderHref={page.data.aboutNextCursor ? olderHref('about', page.data.aboutNextCursor) : null}
      />
      <ClaimSection
        id="by-heading"
        title={e.kind === 'outlet' ? `Claims published by ${e.name}` : `Claims by ${e.name}`}
        claims={page.data.by}
        olderHref={page.data.byNextCursor ? olderHref('by', page.data.byNextCursor) : null}
      />
      <ResponsesSection name={e.name} responses={page.data.responses} />
    </section>
  )
}

function EntityHeader({ page }: { page: PublicEntityPage }) {
  const e = page.entity
  const filter = e.kind === 'outlet' ? `outlet=${e.id}` : `subject=${e.id}`
  return (
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
      {(e.kind === 'outlet' ? page.by : page.about).length > 0 && (
        <p>
          <LedgerLink to={`/ledger?${filter}`}>Search the ledger within these claims</LedgerLink>
        </p>
      )}
    </header>
  )
}

/** One page of claims, newest first, with a plain link to the next (works without JavaScript). */
function ClaimSection(props: {
  id: string
  title: string
  claims: PublicClaimSummary[]
  olderHref: string | null
}) {
  return (
    <section className="detail-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.claims.length === 0 ? (
        <p className="muted">None published.</p>
      ) : (
        <ol className="ledger-list">
          {props.claims.map((c) => (
            <LedgerClaimRow key={c.id} claim={c} />
          ))}
        </ol>
      )}
      {props.olderHref && (
        <p className="ledger-more">
          <LedgerLink className="button" to={props.olderHref} aria-label={`Older claims: ${props.title}`}>
            Older claims
          </LedgerLink>
        </p>
      )}
    </section>
  )
}

function ResponsesSection({ name, responses }: { name: string; responses: PublicEntityPage['responses'] }) {
  return (
    <section className="detail-section" aria-labelledby="responses-heading">
      <h2 id="responses-heading">Responses by {name}</h2>
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
                <LedgerLink to={claimPath(r.claim.id)}>{r.claim.headline}</LedgerLink>
                <VerdictChip verdict={r.claim.verdict} />
              </p>
              {r.addressesPart && <p className="muted">On: {r.addressesPart}</p>}
              {r.words && <blockquote>{r.words}</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
