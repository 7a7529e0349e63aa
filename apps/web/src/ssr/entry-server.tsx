import {
  entityCursorsFromParams,
  type LedgerRenderInput,
  ledgerCursorFromParams,
  ledgerFiltersFromParams,
} from '@claimtrail/contracts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { Link, Route, Routes, StaticRouter, useLocation } from 'react-router'
import { RootLayout } from '../app/root-layout.tsx'
import { authKeys } from '../features/auth/auth-queries.ts'
import { LedgerClaimPage } from '../features/ledger/ledger-claim-page.tsx'
import { LedgerEntityPage } from '../features/ledger/ledger-entity-page.tsx'
import { PlainLinks } from '../features/ledger/ledger-link.tsx'
import { LedgerListPage } from '../features/ledger/ledger-list-page.tsx'
import {
  claimReviewQuery,
  ledgerClaimQuery,
  ledgerEntityQuery,
  ledgerListQuery,
  methodologyQuery,
} from '../features/ledger/ledger-queries.ts'
import { LedgerEmpty } from '../features/ledger/ledger-states.tsx'
import { MethodologyPage } from '../features/ledger/methodology-page.tsx'
import { ledgerDocument } from './ledger-document.ts'

/**
 * The public ledger's pages rendered on the server with the app's own components: the API reads
 * the data from the published snapshot and puts it in the query cache under the keys the pages ask
 * for, so they render complete on the first pass (docs/decisions/016-server-rendered-public-ledger.md).
 */
export function renderLedgerPage(input: LedgerRenderInput): string {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } })
  // Readers of the served pages are anonymous: the header offers "Log in".
  client.setQueryData(authKeys.me(), { user: null })
  const { page } = input
  const location = new URL(input.url, 'http://ledger')
  switch (page.kind) {
    case 'list': {
      const filters = ledgerFiltersFromParams(location.searchParams)
      const cursor = ledgerCursorFromParams(location.searchParams)
      client.setQueryData(ledgerListQuery(filters, cursor).queryKey, {
        pages: [page.list],
        pageParams: [cursor],
      })
      client.setQueryData(methodologyQuery().queryKey, page.methodology)
      for (const e of page.filterEntities) client.setQueryData(ledgerEntityQuery(e.entity.id).queryKey, e)
      break
    }
    case 'claim':
      client.setQueryData(ledgerClaimQuery(page.claim.id).queryKey, page.claim)
      if (page.review) client.setQueryData(claimReviewQuery(page.claim.id).queryKey, page.review)
      break
    case 'entity':
      client.setQueryData(
        ledgerEntityQuery(page.entity.entity.id, entityCursorsFromParams(location.searchParams)).queryKey,
        page.entity,
      )
      break
    case 'methodology':
      client.setQueryData(methodologyQuery().queryKey, page.methodology)
      break
  }
  const body = renderToString(
    <PlainLinks value={true}>
      <QueryClientProvider client={client}>
        <StaticRouter location={`${location.pathname}${location.search}`}>
          <Routes>
            <Route element={<RootLayout />}>
              {page.kind === 'not-found' ? (
                <Route path="*" element={<LedgerNotFound />} />
              ) : (
                <Route path="ledger">
                  <Route index element={<LedgerListPage />} />
                  <Route path="claims/:claimId" element={<LedgerClaimPage />} />
                  <Route path="people/:entityId" element={<LedgerEntityPage />} />
                  <Route path="outlets/:entityId" element={<LedgerEntityPage />} />
                  <Route path="methodology" element={<MethodologyPage />} />
                </Route>
              )}
            </Route>
          </Routes>
        </StaticRouter>
      </QueryClientProvider>
    </PlainLinks>,
  )
  client.clear()
  return ledgerDocument(input, body)
}

/** An unknown or unpublished id, or an unknown address (served with 404). */
function LedgerNotFound() {
  const { pathname } = useLocation()
  const what = pathname.startsWith('/ledger/claims/') ? 'This claim' : 'This'
  return (
    <section className="page ledger-page">
      <LedgerEmpty title={`${what} is not in the ledger`}>
        <p>
          It may never have been published. <Link to="/ledger">Back to the ledger</Link>
        </p>
      </LedgerEmpty>
    </section>
  )
}
