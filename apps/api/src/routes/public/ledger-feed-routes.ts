import type { FastifyPluginAsync } from 'fastify'
import { renderAtomFeed } from '../../services/public/atom-feed.ts'
import type { PublicLedgerService } from '../../services/public/public-ledger-service.ts'

const TITLES = { published: 'Published', corrected: 'Corrected', retracted: 'Retracted' } as const

type LedgerChange = Awaited<ReturnType<PublicLedgerService['recentChanges']>>[number]

/** The entry's summary: the verdict, the correction or the retraction, with its reason. */
function summaryOf(c: LedgerChange): string {
  if (c.kind === 'published')
    return `Verdict: ${c.verdict}. ${c.statement}${c.rationale ? ` — ${c.rationale}` : ''}`
  if (c.kind === 'corrected') {
    return `Correction. ${c.whatChanged ?? ''}${c.reason ? ` Reason: ${c.reason}` : ''} Verdict now: ${c.verdict}.`
  }
  return `Retracted. ${c.reason ? `Reason: ${c.reason}` : ''}`
}

/**
 * The ledger's Atom feed (RFC 4287) of publications, corrections and retractions, at
 * /ledger/feed.atom beside the pages feed readers discover it from. Not part of the JSON API, so
 * not in the OpenAPI document. Registered inside the pages' scope (public-http.ts hooks).
 */
export const ledgerFeedRoutes: FastifyPluginAsync<{
  ledger: PublicLedgerService
  baseUrl: string
  orgName: string
}> = async (app, { ledger, baseUrl, orgName }) => {
  app.get('/ledger/feed.atom', { schema: { hide: true } }, async (_request, reply) => {
    const changes = await ledger.recentChanges(50)
    const xml = renderAtomFeed({
      id: `${baseUrl}/ledger/feed.atom`,
      title: `${orgName}: claim ledger`,
      subtitle: 'Claims reviewed by the desk: publications, corrections and retractions',
      selfUrl: `${baseUrl}/ledger/feed.atom`,
      alternateUrl: `${baseUrl}/ledger`,
      updated: changes[0]?.at ?? new Date(0).toISOString(),
      author: orgName,
      entries: changes.map((c) => ({
        id: `${c.url}#change-${c.id}`,
        title: `${TITLES[c.kind]}: ${c.headline}`,
        updated: c.at,
        link: c.url,
        category: c.kind,
        summary: summaryOf(c),
      })),
    })
    return reply.type('application/atom+xml; charset=utf-8').send(xml)
  })
}
