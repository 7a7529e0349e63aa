import {
  type ClaimReview,
  type Methodology,
  type PublicClaimDetail,
  type PublicClaimFilters,
  PublicClaimFiltersSchema,
  type PublicClaimList,
  type PublicEntityPage,
} from './public.ts'

/** The ledger list page's query parameters that are filters (the rest of the address is ignored). */
export const LEDGER_FILTER_KEYS = ['q', 'verdict', 'grade', 'subject', 'outlet', 'from', 'to'] as const

/**
 * The filters in a /ledger address, kept only where the API would accept them: a shared link may
 * be stale, so a wrong parameter is dropped rather than failing the page. The server that renders
 * the page and the app that takes it over read the address the same way.
 */
export function ledgerFiltersFromParams(params: URLSearchParams): PublicClaimFilters {
  const raw: Record<string, string> = {}
  for (const key of LEDGER_FILTER_KEYS) {
    const value = params.get(key)?.trim()
    if (value) raw[key] = value
  }
  const parsed = PublicClaimFiltersSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])))
  return PublicClaimFiltersSchema.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))))
}

/** The page of the list a /ledger address starts at (`cursor`, a previous page's nextCursor). */
export function ledgerCursorFromParams(params: URLSearchParams): string | null {
  const cursor = params.get('cursor')
  return cursor && cursor.length <= 300 ? cursor : null
}

/** How many claims a ledger list page shows at a time. */
export const LEDGER_PAGE_SIZE = 20

/** Another representation of a ledger page, linked from it (`<link rel="alternate">` and `Link`). */
export interface LedgerAlternate {
  type: string
  href: string
  title: string
}

/** What a server-rendered ledger page is made of: read from the published snapshot by the API. */
export type LedgerPageData =
  | {
      kind: 'list'
      list: PublicClaimList
      methodology: Methodology
      /** The subject and outlet the list is filtered by, for their names. */
      filterEntities: PublicEntityPage[]
    }
  | { kind: 'claim'; claim: PublicClaimDetail; review: ClaimReview | null }
  | { kind: 'entity'; entity: PublicEntityPage }
  | { kind: 'methodology'; methodology: Methodology }
  | { kind: 'not-found' }

export interface LedgerRenderInput {
  /** The page's path and query, as requested. */
  url: string
  page: LedgerPageData
  /** PUBLIC_BASE_URL: canonical and Open Graph addresses are absolute. */
  baseUrl: string
  /** PUBLIC_ORG_NAME: og:site_name. */
  siteName: string
  alternates: LedgerAlternate[]
  /** The web build's stylesheets for these pages. */
  stylesheets: string[]
}

/** The server-side renderer the web build exports (apps/web/src/ssr/entry-server.tsx). */
export interface LedgerRenderer {
  renderLedgerPage(input: LedgerRenderInput): string
}

/** Where each claim list of a person, organisation or outlet page starts (none: the newest). */
export interface EntityCursors {
  aboutCursor?: string
  byCursor?: string
}

/** The cursors in a /ledger/people or /ledger/outlets address (`about`, `by`: previous pages' next cursors). */
export function entityCursorsFromParams(params: URLSearchParams): EntityCursors {
  const cursor = (key: string) => {
    const value = params.get(key)
    return value && value.length <= 300 ? value : null
  }
  const about = cursor('about')
  const by = cursor('by')
  return { ...(about ? { aboutCursor: about } : {}), ...(by ? { byCursor: by } : {}) }
}
