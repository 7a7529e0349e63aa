import pg from 'pg'
import { DB_URL, query } from '../config.ts'

export async function extractThroughput(): Promise<{ note: string; mbPerSecond?: number }> {
  const extract = (await import('@claimtrail/extract')) as Record<string, unknown>
  const name = ['extractSuggestions', 'suggestClaims', 'extract', 'suggest'].find(
    (n) => typeof extract[n] === 'function',
  )
  if (!name)
    return {
      note: `skipped: @claimtrail/extract exports no suggestions entry point yet (exports: ${Object.keys(extract).join(', ')})`,
    }
  const db = new pg.Client({ connectionString: DB_URL })
  await db.connect()
  let text = ''
  try {
    const bodies = await query<{ body: string }>(db, 'select body from article_versions limit 400')
    for (const b of bodies) {
      if (text.length >= 1_048_576) break
      text += `${b.body}\n\n`
    }
  } finally {
    await db.end()
  }
  text = text.slice(0, 1_048_576)
  const fn = extract[name] as (t: string) => unknown
  const started = performance.now()
  const result = fn(text)
  const seconds = (performance.now() - started) / 1000
  const count = Array.isArray(result)
    ? result.length
    : Array.isArray((result as { suggestions?: unknown[] })?.suggestions)
      ? (result as { suggestions: unknown[] }).suggestions.length
      : undefined
  return {
    note: `${name}() on 1 MB: ${seconds.toFixed(2)} s${count === undefined ? '' : `, ${count} suggestions`}`,
    mbPerSecond: 1 / seconds,
  }
}
