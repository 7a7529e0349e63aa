import { claimPageUrl } from '@claimtrail/core'
import { type Db, schema } from '@claimtrail/db'
import { asc, count } from 'drizzle-orm'
import { xmlText } from './atom-feed.ts'

const { publishedClaims: pc } = schema

/** The sitemaps protocol allows 50,000 addresses per file; more go into further files of an index. */
export const SITEMAP_PAGE_SIZE = 50_000

/**
 * sitemap.xml (sitemaps.org 0.9) of the ledger: its list and methodology, and every claim page
 * with `lastmod` = when its published record was last written (publication or correction). Read
 * from the published snapshot only. Beyond one file's worth of claims, /sitemap.xml is an index of
 * /sitemaps/claims-N.xml files.
 */
export function createSitemapService({ db, baseUrl }: { db: Db; baseUrl: string }) {
  async function claimCount(): Promise<number> {
    const [row] = await db.select({ n: count() }).from(pc)
    return row?.n ?? 0
  }

  async function urlset(page: number): Promise<string | null> {
    const rows = await db
      .select({ claimId: pc.claimId, lastmod: pc.recordedAt })
      .from(pc)
      .orderBy(asc(pc.claimId))
      .limit(SITEMAP_PAGE_SIZE)
      .offset(page * SITEMAP_PAGE_SIZE)
    if (page > 0 && rows.length === 0) return null
    const urls = rows.map(
      (r) =>
        `<url><loc>${xmlText(claimPageUrl(baseUrl, r.claimId))}</loc><lastmod>${r.lastmod.toISOString()}</lastmod></url>`,
    )
    if (page === 0) {
      const newest = rows.reduce((max, r) => Math.max(max, r.lastmod.getTime()), 0)
      urls.unshift(
        `<url><loc>${xmlText(`${baseUrl}/ledger`)}</loc>${newest > 0 ? `<lastmod>${new Date(newest).toISOString()}</lastmod>` : ''}</url>`,
        `<url><loc>${xmlText(`${baseUrl}/ledger/methodology`)}</loc></url>`,
      )
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
  }

  /** /sitemap.xml: the one urlset, or an index of them when the claims need more than one file. */
  async function root(): Promise<string> {
    const files = Math.ceil((await claimCount()) / SITEMAP_PAGE_SIZE)
    if (files <= 1) return (await urlset(0)) ?? ''
    const entries = Array.from(
      { length: files },
      (_, i) => `<sitemap><loc>${xmlText(`${baseUrl}/sitemaps/claims-${i}.xml`)}</loc></sitemap>`,
    )
    return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`
  }

  function robots(): string {
    // The desk's pages and the private API are behind a login anyway; crawlers are pointed at the ledger.
    return [
      'User-agent: *',
      'Allow: /ledger',
      'Allow: /api/v1/public/',
      'Disallow: /api/',
      'Disallow: /desk',
      'Disallow: /review',
      'Disallow: /dashboard',
      'Disallow: /admin',
      'Disallow: /login',
      '',
      `Sitemap: ${baseUrl}/sitemap.xml`,
      '',
    ].join('\n')
  }

  return { root, urlset, robots }
}

export type SitemapService = ReturnType<typeof createSitemapService>
