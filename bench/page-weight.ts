/**
 * `pnpm page-weight [base URL]`: what a first visit to each reader page costs, measured against a
 * running built server (`pnpm build && pnpm start`, or the bench's). It builds nothing itself.
 *
 * For /ledger, a claim page and a person page found by following the list's links, and
 * /ledger/methodology (the reader's pages, ADR 016), and for the desk's /login: the served HTML in
 * bytes, raw and gzipped, and the JavaScript the page loads on arrival (`<script src>`,
 * `<link rel="modulepreload">`, the chunks an entry imports as it starts, and inline scripts other
 * than JSON data), each file gzipped. Chunks the app imports later, on navigation, are not counted. Stylesheets (gzipped) are shown beside them. Exits 1 when a reader page loads more
 * than 40 KB of gzipped JavaScript (issue 17's budget).
 */
import { gzipSync } from 'node:zlib'
import { parseHTML } from 'linkedom'

const BASE = (process.argv[2] ?? process.env.PAGE_WEIGHT_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '')
const READER_BUDGET_GZ = 40 * 1024

interface Weight {
  page: string
  path: string
  status: number
  htmlBytes: number
  htmlGzip: number
  scripts: number
  jsBytes: number
  jsGzip: number
  cssGzip: number
  reader: boolean
}

const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength

async function get(path: string): Promise<{ status: number; body: Buffer; url: string }> {
  const res = await fetch(new URL(path, BASE), { headers: { accept: 'text/html,*/*' } })
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), url: res.url }
}

/** Addresses of the scripts a document loads on arrival, and the inline code it runs. */
function scriptsOf(html: string): { sources: string[]; inline: string[]; styles: string[] } {
  const { document } = parseHTML(html)
  const sources = new Set<string>()
  const inline: string[] = []
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase()
    if (type.includes('json')) continue // JSON-LD and other data: not run
    const src = script.getAttribute('src')
    if (src) sources.add(src)
    else if (script.textContent?.trim()) inline.push(script.textContent)
  }
  for (const link of document.querySelectorAll('link[rel="modulepreload"]')) {
    const href = link.getAttribute('href')
    if (href) sources.add(href)
  }
  const styles = [...document.querySelectorAll('link[rel="stylesheet"]')]
    .map((link) => link.getAttribute('href'))
    .filter((href): href is string => !!href)
  return { sources: [...sources], inline, styles }
}

/**
 * The chunks an entry script imports as soon as it runs. The desk's entry (apps/web/src/main.tsx)
 * starts the app through dynamic imports, one task per step; Vite lists every chunk those imports
 * load in the entry's `__vite__mapDeps` array, so they count as loaded on arrival.
 */
function startupChunks(entry: string): string[] {
  const list = /__vite__mapDeps=[^[]*\[([^\]]*)\]/.exec(entry)?.[1]
  if (!list) return []
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => `/${(m[1] as string).replace(/^\//, '')}`)
}

async function weigh(page: string, path: string, reader: boolean): Promise<Weight> {
  const { status, body } = await get(path)
  const { sources, inline, styles } = scriptsOf(body.toString('utf8'))
  let jsBytes = 0
  let jsGzip = 0
  const seen = new Set(sources)
  const entries = new Set(sources)
  for (const src of seen) {
    const script = await get(src)
    if (script.status !== 200) throw new Error(`${path}: script ${src} answered ${script.status}`)
    jsBytes += script.body.byteLength
    jsGzip += gz(script.body)
    // An entry's start-up chunks (not those of the chunks it loads: their lists are for navigation).
    if (entries.has(src)) for (const chunk of startupChunks(script.body.toString('utf8'))) seen.add(chunk)
  }
  for (const code of inline) {
    const bytes = Buffer.from(code, 'utf8')
    jsBytes += bytes.byteLength
    jsGzip += gz(bytes)
  }
  let cssGzip = 0
  for (const href of styles) {
    const style = await get(href)
    if (style.status === 200) cssGzip += gz(style.body)
  }
  return {
    cssGzip,
    page,
    path,
    status,
    htmlBytes: body.byteLength,
    htmlGzip: gz(body),
    scripts: seen.size + inline.length,
    jsBytes,
    jsGzip,
    reader,
  }
}

/** The first link on the list page under `prefix`, e.g. a claim page. */
function firstLink(html: string, prefix: string): string | null {
  const { document } = parseHTML(html)
  for (const a of document.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? ''
    const path = href.startsWith('http') ? new URL(href).pathname : href
    if (path.startsWith(prefix)) return path
  }
  return null
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

function print(rows: Weight[]) {
  const header = ['page', 'status', 'HTML', 'HTML gz', 'scripts', 'JS', 'JS gz', 'CSS gz', 'budget']
  const lines = rows.map((r) => [
    `${r.page} ${r.path}`,
    String(r.status),
    kb(r.htmlBytes),
    kb(r.htmlGzip),
    String(r.scripts),
    kb(r.jsBytes),
    kb(r.jsGzip),
    kb(r.cssGzip),
    r.reader ? (r.jsGzip <= READER_BUDGET_GZ ? 'ok (≤ 40 KB)' : 'OVER 40 KB') : '(desk)',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)))
  const row = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  process.stdout.write(`page weight at ${BASE} (gzip -9 computed here, bytes as served)\n`)
  process.stdout.write(`${row(header)}\n`)
  for (const line of lines) process.stdout.write(`${row(line)}\n`)
}

async function main() {
  const list = await get('/ledger')
  if (list.status !== 200)
    throw new Error(`/ledger answered ${list.status}: is a built server running at ${BASE}?`)
  const html = list.body.toString('utf8')
  const claim = firstLink(html, '/ledger/claims/')
  const person = firstLink(html, '/ledger/people/')
  const pages: [string, string | null, boolean][] = [
    ['list', '/ledger', true],
    ['claim', claim, true],
    ['person', person, true],
    ['methodology', '/ledger/methodology', true],
    ['desk login', '/login', false],
  ]
  const rows: Weight[] = []
  for (const [page, path, reader] of pages) {
    if (!path) {
      process.stderr.write(`page-weight: no ${page} link on /ledger (an empty ledger?)\n`)
      continue
    }
    rows.push(await weigh(page, path, reader))
  }
  print(rows)
  const over = rows.filter((r) => r.reader && r.jsGzip > READER_BUDGET_GZ)
  const missing = pages.length - rows.length
  if (over.length > 0 || missing > 0) process.exitCode = 1
}

await main()
