import { DURATION, log } from '../config.ts'
import type { Statement } from '../scenarios/capture-sql.ts'
import type { Scenario } from '../scenarios/scenarios.ts'
import { type Measured, measure, measurePair } from './load.ts'

/** Where a scenario is measured: the product API and the raw-pg baseline, both on 127.0.0.1. */
export interface Targets {
  apiPort: number
  basePort: number
  /** The bench account's session cookie, for scenarios that need a login. */
  cookie: string
  /** Every scenario, filtered or not: an HTML page's JSON partner may be filtered out. */
  all: Scenario[]
  captured: Record<string, Statement[]>
}

/**
 * One scenario: the product after a warm-up (or alternating with its JSON partner, for an HTML
 * page), then the baseline replaying the same SQL; one row of the results table.
 */
export async function measureScenario(s: Scenario, targets: Targets): Promise<Record<string, unknown>> {
  const { apiPort, basePort, cookie, all, captured } = targets
  const headers: Record<string, string> = s.auth ? { cookie } : {}
  const productUrl = `http://127.0.0.1:${apiPort}${s.path}`
  const baseUrl = `http://127.0.0.1:${basePort}/baseline/${encodeURIComponent(encodeURIComponent(s.name))}`
  const partner = s.jsonOf ? all.find((j) => j.name === s.jsonOf) : undefined
  let product: Measured
  let pairedJson: Measured | undefined
  if (partner) {
    log(`${s.name}: ${DURATION} s at ${s.connections} connections, alternating with ${partner.name}`)
    const pair = await measurePair(productUrl, `http://127.0.0.1:${apiPort}${partner.path}`, s.connections)
    product = pair.html
    pairedJson = pair.json
  } else {
    log(`${s.name}: warm-up, then ${DURATION} s at ${s.connections} connections (product, then baseline)`)
    await measure(productUrl, s.connections, headers, 2)
    product = await measure(productUrl, s.connections, headers)
  }
  let base: Measured | undefined
  if (s.baseline) {
    await measure(baseUrl, s.connections, {}, 2)
    base = await measure(baseUrl, s.connections, {})
  }
  const body = await fetch(productUrl, { headers }).then((r) => r.arrayBuffer())
  return {
    scenario: s.name,
    bytes: body.byteLength,
    vsJson: pairedJson ? Number((product.rps / pairedJson.rps).toFixed(2)) : null,
    jsonRps: pairedJson ? Math.round(pairedJson.rps) : null,
    jsonP99: pairedJson?.p99 ?? null,
    path: s.path.length > 80 ? `${s.path.slice(0, 77)}…` : s.path,
    connections: s.connections,
    statements: captured[s.name]?.length ?? 0,
    rps: Math.round(product.rps),
    p50: product.p50,
    p99: product.p99,
    non2xx: product.non2xx,
    errors: product.errors,
    baselineRps: base ? Math.round(base.rps) : null,
    baselineP50: base?.p50 ?? null,
    baselineP99: base?.p99 ?? null,
    ratio: base ? Number((product.rps / base.rps).toFixed(2)) : null,
  }
}
