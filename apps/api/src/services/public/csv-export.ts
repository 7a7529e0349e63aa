import { Readable } from 'node:stream'
import type { PublicClaimSummary } from '@claimtrail/contracts'
import { stringify } from 'csv-stringify'

// The ledger as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or a
// line break, quotes doubled), UTF-8, with a header row.
/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
 * formula: a headline like `=HYPERLINK(…)` in a downloaded ledger would be live (OWASP "CSV
 * injection"). Free text gets a leading apostrophe there, which spreadsheets show as text and hide.
 */
export function neutraliseFormula(text: string | null): string | null {
  return text !== null && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}
const text = (value: (c: PublicClaimSummary) => string | null) => (c: PublicClaimSummary) =>
  neutraliseFormula(value(c))

const COLUMNS: [header: string, value: (c: PublicClaimSummary) => string | number | null][] = [
  ['id', (c) => c.id],
  ['url', (c) => c.url],
  ['published_at', (c) => c.publishedAt],
  ['status', (c) => c.status],
  ['kind', (c) => c.kind],
  ['headline', text((c) => c.headline)],
  ['statement', text((c) => c.statement)],
  ['verdict', text((c) => c.verdict.label)],
  ['rating_value', (c) => c.verdict.ratingValue],
  ['sourcing_grade', (c) => c.sourcingGrade],
  ['claimant', text((c) => c.claimant?.name ?? null)],
  ['subjects', text((c) => c.subjects.map((s) => s.name).join('; '))],
  ['outlet', text((c) => c.article.outlet?.name ?? null)],
  ['article_title', text((c) => c.article.title)],
  ['article_url', (c) => c.article.url],
  ['article_published_on', (c) => c.article.publishedOn],
]

export const CSV_HEADER = COLUMNS.map(([header]) => header)

/** Streams the claims as CSV rows, a batch read at a time: memory stays flat however long the ledger. */
export function claimsCsv(claims: AsyncIterable<PublicClaimSummary>): Readable {
  const rows = Readable.from(
    (async function* () {
      for await (const claim of claims) yield COLUMNS.map(([, value]) => value(claim) ?? '')
    })(),
  )
  const csv = stringify({
    header: true,
    columns: CSV_HEADER,
    record_delimiter: 'windows',
    quoted_string: false,
  })
  rows.on('error', (error) => csv.destroy(error))
  return rows.pipe(csv)
}
