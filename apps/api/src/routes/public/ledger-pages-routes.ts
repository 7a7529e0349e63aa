import {
  entityCursorsFromParams,
  type LedgerAlternate,
  ledgerCursorFromParams,
  ledgerFiltersFromParams,
} from '@claimtrail/contracts'
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import type { LedgerPage, LedgerPagesService } from '../../services/public/ledger-pages-service.ts'
import type { RenderLedgerPage } from '../../services/public/ledger-renderer.ts'
import type { SitemapService } from '../../services/public/sitemap.ts'
import { routePath } from './public-http.ts'

const HTML = 'text/html; charset=utf-8'
const hide = { schema: { hide: true } }

/** RFC 8288 Link header value of the page's other representations. */
function linkHeader(alternates: LedgerAlternate[]): string {
  const quoted = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`
  return alternates
    .map((a) => `<${a.href}>; rel="alternate"; type=${quoted(a.type)}; title=${quoted(a.title)}`)
    .join(', ')
}

const searchOf = (request: FastifyRequest) => new URL(request.url, 'http://ledger').searchParams

/** What selects the list page: its filters (those the API accepts) and its cursor. */
function listQuery(request: FastifyRequest): Record<string, string> {
  const search = searchOf(request)
  const cursor = ledgerCursorFromParams(search)
  const filters = Object.entries(ledgerFiltersFromParams(search)).filter(
    (e): e is [string, string] => typeof e[1] === 'string',
  )
  return Object.fromEntries([...filters, ...(cursor ? [['cursor', cursor]] : [])])
}

/** What selects a person, organisation or outlet page: where each of its claim lists starts. */
function entityQuery(request: FastifyRequest): Record<string, string> {
  const { aboutCursor, byCursor } = entityCursorsFromParams(searchOf(request))
  return { ...(aboutCursor ? { about: aboutCursor } : {}), ...(byCursor ? { by: byCursor } : {}) }
}

/**
 * The address a page is rendered for: its path and only the parameters that select it, so the
 * HTML is a function of the response cache's key (public-http.ts) and tracking parameters change
 * nothing. Pages that read no parameter are rendered for their path alone.
 */
function pageAddress(request: FastifyRequest): string {
  const query = new URLSearchParams(request.routeOptions.config.cacheQuery?.(request) ?? {}).toString()
  const path = routePath(request)
  return query ? `${path}?${query}` : path
}

/**
 * The public ledger's pages, rendered on the server with the web app's components (ADR 016), and
 * sitemap.xml / robots.txt. Not in the OpenAPI document: they are pages, not API. Registered inside
 * a scope with the public-http.ts hooks (ETag, revalidation, response cache).
 */
export const ledgerPagesRoutes: FastifyPluginAsync<{
  pages: LedgerPagesService
  sitemap: SitemapService
  /** Null when the web app's server build is missing: the client app answers /ledger then. */
  render: RenderLedgerPage | null
  baseUrl: string
  siteName: string
}> = async (app, { pages, sitemap, render, baseUrl, siteName }) => {
  app.get('/sitemap.xml', hide, async (_request, reply) =>
    reply.type('application/xml; charset=utf-8').send(await sitemap.root()),
  )
  app.get<{ Params: { file: string } }>('/sitemaps/:file', hide, async (request, reply) => {
    const page = /^claims-(\d{1,6})\.xml$/.exec(request.params.file)?.[1]
    const xml = page === undefined ? null : await sitemap.urlset(Number(page))
    if (xml === null) return reply.callNotFound()
    return reply.type('application/xml; charset=utf-8').send(xml)
  })
  app.get('/robots.txt', hide, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send(sitemap.robots()),
  )

  if (!render) {
    app.log.warn('web app server build missing: /ledger pages are left to the client app (`pnpm build`)')
    return
  }
  const send = (request: FastifyRequest, reply: FastifyReply, page: LedgerPage) => {
    const url = pageAddress(request)
    return reply
      .code(page.status)
      .type(HTML)
      .header('link', linkHeader(page.alternates))
      .send(render({ url, page: page.page, alternates: page.alternates, baseUrl, siteName }))
  }
  const search = (request: FastifyRequest) => new URLSearchParams(pageAddress(request).split('?')[1] ?? '')

  app.get('/ledger', { ...hide, config: { cacheQuery: listQuery } }, async (request, reply) =>
    send(request, reply, await pages.list(search(request))),
  )
  app.get<{ Params: { claimId: string } }>('/ledger/claims/:claimId', hide, async (request, reply) =>
    send(request, reply, await pages.claim(request.params.claimId)),
  )
  for (const path of ['/ledger/people/:entityId', '/ledger/outlets/:entityId']) {
    app.get<{ Params: { entityId: string } }>(
      path,
      { ...hide, config: { cacheQuery: entityQuery } },
      async (request, reply) =>
        send(request, reply, await pages.entity(request.params.entityId, search(request))),
    )
  }
  app.get('/ledger/methodology', hide, async (request, reply) =>
    send(request, reply, await pages.methodology()),
  )
  // Any other address under /ledger is a 404 page, not the client app answering 200.
  app.get('/ledger/*', hide, async (request, reply) => send(request, reply, pages.notFound()))
}
