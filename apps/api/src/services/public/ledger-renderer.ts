import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { LedgerRenderer, LedgerRenderInput } from '@claimtrail/contracts'

/** One entry of Vite's build manifest (dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string
  css?: string[]
  imports?: string[]
}

/**
 * The stylesheets the ledger pages use in the client build: the app's own (index.html's entry)
 * and every stylesheet a ledger page's chunk pulls in, found through Vite's manifest. None when
 * there is no client build (the pages still read, unstyled).
 */
export function ledgerStylesheets(webDist: string): string[] {
  const path = join(webDist, '.vite', 'manifest.json')
  if (!existsSync(path)) return []
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>
  const css: string[] = []
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) return
    for (const imported of chunk.imports ?? []) visit(imported)
    for (const file of chunk.css ?? []) if (!css.includes(`/${file}`)) css.push(`/${file}`)
  }
  visit('index.html')
  for (const key of Object.keys(manifest)) if (key.startsWith('src/features/ledger/')) visit(key)
  return css
}

export type RenderLedgerPage = (input: Omit<LedgerRenderInput, 'stylesheets'>) => string

/**
 * Loads the web app's server renderer (WEB_SSR: the `vite build --ssr` output, or the TypeScript
 * entry where a Vite-based runner such as Vitest imports it); null when it is not built, and the
 * ledger's addresses then fall back to the client app.
 */
export async function loadLedgerRenderer(
  ssrEntry: string,
  webDist: string,
): Promise<RenderLedgerPage | null> {
  if (!existsSync(ssrEntry)) return null
  const module = (await import(pathToFileURL(ssrEntry).href)) as LedgerRenderer
  const stylesheets = ledgerStylesheets(webDist)
  return (input) => module.renderLedgerPage({ ...input, stylesheets })
}
