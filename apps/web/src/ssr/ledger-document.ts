import { LEDGER_FILTER_KEYS, type LedgerRenderInput, ledgerFiltersFromParams } from '@claimtrail/contracts'
import {
  claimMeta,
  entityMeta,
  listMeta,
  METHODOLOGY_META,
  NOT_FOUND_META,
  type PageMeta,
  SITE_TITLE,
} from '../features/ledger/ledger-meta.ts'

/** Text or attribute value for HTML (both contexts are quoted with "). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Title and description of the page the input describes. */
export function pageMeta({ page, url }: Pick<LedgerRenderInput, 'page' | 'url'>): PageMeta {
  switch (page.kind) {
    case 'list':
      return listMeta(ledgerFiltersFromParams(new URL(url, 'http://ledger').searchParams))
    case 'claim':
      return claimMeta(page.claim)
    case 'entity':
      return entityMeta(page.entity)
    case 'methodology':
      return METHODOLOGY_META
    case 'not-found':
      return NOT_FOUND_META
  }
}

/**
 * The canonical address: the path and, on the list, only what selects its content (filters and
 * page); tracking parameters and the like are dropped so shares of one page count as one.
 */
export function canonicalUrl({ url, baseUrl, page }: Pick<LedgerRenderInput, 'url' | 'baseUrl' | 'page'>) {
  const parsed = new URL(url, 'http://ledger')
  if (page.kind !== 'list') return `${baseUrl}${parsed.pathname}`
  const keep = new URLSearchParams()
  for (const [key, value] of parsed.searchParams) {
    if (key === 'cursor' || (LEDGER_FILTER_KEYS as readonly string[]).includes(key)) keep.append(key, value)
  }
  const query = keep.toString()
  return `${baseUrl}${parsed.pathname}${query ? `?${query}` : ''}`
}

/**
 * The served document around the rendered page: what crawlers, fact-check aggregators and link
 * previews read (title, description, canonical, Open Graph, Twitter card, alternates). No script:
 * the ledger pages are documents that read fully without JavaScript (docs/decisions/016-server-rendered-public-ledger.md).
 */
export function ledgerDocument(input: LedgerRenderInput, body: string): string {
  const meta = pageMeta(input)
  const canonical = canonicalUrl(input)
  const title = `${meta.title} · ${SITE_TITLE}`
  const tag = (name: string, attribute: 'name' | 'property', content: string) =>
    `<meta ${attribute}="${name}" content="${escapeHtml(content)}">`
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    tag('description', 'name', meta.description),
    '<meta name="theme-color" content="#1f3a5f">',
    input.page.kind === 'not-found' ? '<meta name="robots" content="noindex">' : '',
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    tag('og:type', 'property', input.page.kind === 'claim' ? 'article' : 'website'),
    tag('og:site_name', 'property', input.siteName),
    tag('og:title', 'property', meta.title),
    tag('og:description', 'property', meta.description),
    tag('og:url', 'property', canonical),
    tag('twitter:card', 'name', 'summary'),
    tag('twitter:title', 'name', meta.title),
    tag('twitter:description', 'name', meta.description),
    ...(input.page.kind === 'claim'
      ? [
          tag('article:published_time', 'property', input.page.claim.publishedAt),
          // Twitter/X and Slack show label/data pairs under the card.
          tag('twitter:label1', 'name', 'Verdict'),
          tag('twitter:data1', 'name', input.page.claim.verdict.label),
        ]
      : []),
    ...input.alternates.map(
      (a) =>
        `<link rel="alternate" type="${escapeHtml(a.type)}" title="${escapeHtml(a.title)}" href="${escapeHtml(a.href)}">`,
    ),
    ...input.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    "<link rel=\"icon\" href=\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%231f3a5f'/%3E%3Crect x='3' y='6' width='10' height='4' fill='%23ffd54f'/%3E%3C/svg%3E\">",
  ].filter(Boolean)
  return `<!doctype html>\n<html lang="en">\n<head>\n${head.join('\n')}\n</head>\n<body>\n<div id="root">${body}</div>\n</body>\n</html>\n`
}
