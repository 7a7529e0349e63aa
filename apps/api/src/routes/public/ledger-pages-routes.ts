import type { LedgerAlternate } from '@claimtrail/contracts'
import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import type { LedgerPage, LedgerPagesService } from '../../services/public/ledger-pages-service.ts'
import type { RenderLedgerPage } from '../../services/public/ledger-renderer.ts'
import type { SitemapService } from '../../services/public/sitemap.ts'

const HTML = 'text/html; charset=utf-8'
const hide = { schema: { hide: true } }

/** RFC 8288 Link header value of the page's other representations. */
function linkHeader(alternates: LedgerAlternate[]): string {
  const quoted = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`
  return alternates
    .map((a) => `<${a.href}>; rel="alternate"; type=${quoted(a.type)}; title=${quoted(a.title)}`)
    .join(', ')
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
  const send = (reply: FastifyReply, url: string, page: LedgerPage) =>
    reply
      .code(page.status)
      .type(HTML)
      .header('link', linkHeader(page.alternates))
      .send(render({ url, page: page.page, alternates: page.alternates, baseUrl, siteName }))

  const search = (url: string) => new URL(url, 'http://ledger').searchParams

  app.get('/ledger', hide, async (request, reply) =>
    send(reply, request.url, await pages.list(search(request.url))),
  )
  app.get<{ Params: { claimId: string } }>('/ledger/claims/:claimId', hide, async (request, reply) =>
    send(reply, request.url, await pages.claim(request.params.claimId)),
  )
  for (const path of ['/ledger/people/:entityId', '/ledger/outlets/:entityId']) {
    app.get<{ Params: { entityId: string } }>(path, hide, async (request, reply) =>
      send(reply, request.url, await pages.entity(request.params.entityId)),
    )
  }
  app.get('/ledger/methodology', hide, async (request, reply) =>
    send(reply, request.url, await pages.methodology()),
  )
  // Any other address under /ledger is a 404 page, not the client app answering 200.
  app.get('/ledger/*', hide, async (request, reply) => send(reply, request.url, pages.notFound()))
}
