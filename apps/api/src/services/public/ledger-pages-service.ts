import {
  entityCursorsFromParams,
  IdSchema,
  LEDGER_PAGE_SIZE,
  type LedgerAlternate,
  type LedgerPageData,
  ledgerCursorFromParams,
  ledgerFiltersFromParams,
  type PublicEntityPage,
} from '@claimtrail/contracts'
import { InvalidError, NotFoundError } from '../../errors.ts'
import type { PublicLedgerService } from './public-ledger-service.ts'

/** A ledger page to render: its data, the status to answer with and its other representations. */
export interface LedgerPage {
  status: 200 | 404
  page: LedgerPageData
  alternates: LedgerAlternate[]
}

const ATOM: LedgerAlternate = {
  type: 'application/atom+xml',
  href: '/ledger/feed.atom',
  title: 'Claim ledger (Atom)',
}
const JSON_TYPE = 'application/json'
const LD_JSON = 'application/ld+json'

const notFound = (): LedgerPage => ({ status: 404, page: { kind: 'not-found' }, alternates: [ATOM] })

/** A missing or unpublished id is a 404 page; any other failure is the server's. */
async function orNotFound(read: () => Promise<LedgerPage>): Promise<LedgerPage> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof NotFoundError) return notFound()
    throw error
  }
}

/**
 * The data of the server-rendered ledger pages, read through the public ledger service only (the
 * published snapshot, never the desk's working rows), with the status each page answers.
 */
export function createLedgerPagesService(ledger: PublicLedgerService) {
  async function list(search: URLSearchParams): Promise<LedgerPage> {
    const filters = ledgerFiltersFromParams(search)
    const cursor = ledgerCursorFromParams(search)
    const entityIds = [filters.subject, filters.outlet].filter((id): id is string => id !== undefined)
    const [page, methodology, ...entities] = await Promise.all([
      // A stale or forged cursor shows the first page rather than an error.
      ledger
        .list({ ...filters, limit: LEDGER_PAGE_SIZE, ...(cursor ? { cursor } : {}) })
        .catch((error: unknown) => {
          if (cursor) return ledger.list({ ...filters, limit: LEDGER_PAGE_SIZE })
          throw error
        }),
      ledger.methodology(),
      ...entityIds.map((id) => ledger.entity(id, { limit: LEDGER_PAGE_SIZE }).catch(() => null)),
    ])
    const query = new URLSearchParams(
      Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === 'string'),
    ).toString()
    const suffix = query ? `?${query}` : ''
    return {
      status: 200,
      page: {
        kind: 'list',
        list: page,
        methodology,
        filterEntities: entities.filter((e): e is PublicEntityPage => e !== null),
      },
      alternates: [
        ATOM,
        { type: JSON_TYPE, href: `/api/v1/public/claims${suffix}`, title: 'These claims (JSON)' },
        { type: 'text/csv', href: `/api/v1/public/claims.csv${suffix}`, title: 'These claims (CSV)' },
        { type: LD_JSON, href: '/api/v1/public/claimreview', title: 'ClaimReview data feed' },
      ],
    }
  }

  async function claim(claimId: string): Promise<LedgerPage> {
    if (!IdSchema.safeParse(claimId).success) return notFound()
    return orNotFound(async () => {
      // A retracted review has no ClaimReview (the API answers 410); its page keeps the note.
      const { claim: detail, review } = await ledger.claimPage(claimId)
      const api = `/api/v1/public/claims/${claimId}`
      return {
        status: 200,
        page: { kind: 'claim', claim: detail, review },
        alternates: [
          ATOM,
          { type: JSON_TYPE, href: api, title: 'This claim (JSON)' },
          ...(review ? [{ type: LD_JSON, href: `${api}/claimreview`, title: 'ClaimReview' }] : []),
          {
            type: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
            href: `${api}/annotation`,
            title: 'W3C Web Annotation',
          },
        ],
      }
    })
  }

  /** A page of the entity's claims, each list from its cursor in the address (`about`, `by`). */
  async function entity(entityId: string, search: URLSearchParams): Promise<LedgerPage> {
    if (!IdSchema.safeParse(entityId).success) return notFound()
    const cursors = entityCursorsFromParams(search)
    const first = { limit: LEDGER_PAGE_SIZE }
    return orNotFound(async () => ({
      status: 200,
      page: {
        kind: 'entity',
        // A stale or forged cursor shows the first pages rather than an error.
        entity: await ledger.entity(entityId, { ...first, ...cursors }).catch((error: unknown) => {
          if (error instanceof InvalidError) return ledger.entity(entityId, first)
          throw error
        }),
      },
      alternates: [ATOM, { type: JSON_TYPE, href: `/api/v1/public/entities/${entityId}`, title: 'JSON' }],
    }))
  }

  async function methodology(): Promise<LedgerPage> {
    return {
      status: 200,
      page: { kind: 'methodology', methodology: await ledger.methodology() },
      alternates: [ATOM, { type: JSON_TYPE, href: '/api/v1/public/methodology', title: 'JSON' }],
    }
  }

  return { list, claim, entity, methodology, notFound }
}

export type LedgerPagesService = ReturnType<typeof createLedgerPagesService>
