import autocannon from 'autocannon'
import { DURATION, env } from '../config.ts'

export interface Measured {
  rps: number
  p50: number
  p99: number
  non2xx: number
  errors: number
}

export async function measure(
  url: string,
  connections: number,
  headers: Record<string, string>,
  duration = DURATION,
): Promise<Measured> {
  const result = await autocannon({ url, connections, duration, headers, pipelining: 1 })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}

/** Equal-length slices as one run: mean req/s and p50, the worst slice's p99, counts summed. */
export function combine(slices: Measured[]): Measured {
  const mean = (pick: (m: Measured) => number) => slices.reduce((sum, m) => sum + pick(m), 0) / slices.length
  return {
    rps: mean((m) => m.rps),
    p50: mean((m) => m.p50),
    p99: Math.max(...slices.map((m) => m.p99)),
    non2xx: slices.reduce((sum, m) => sum + m.non2xx, 0),
    errors: slices.reduce((sum, m) => sum + m.errors, 0),
  }
}

/**
 * A server-rendered page and its JSON route measured back to back in alternating slices
 * (`BENCH_PAIR_SLICES`, default 2, of DURATION / slices seconds each, JSON first), so both see
 * the same machine: on shared cores, load that comes and goes would otherwise favour one side.
 */
export async function measurePair(htmlUrl: string, jsonUrl: string, connections: number) {
  const slices = Math.max(1, Number(env.BENCH_PAIR_SLICES ?? 2))
  const seconds = Math.max(1, Math.round(DURATION / slices))
  await measure(jsonUrl, connections, {}, 2)
  await measure(htmlUrl, connections, {}, 2)
  const json: Measured[] = []
  const html: Measured[] = []
  for (let i = 0; i < slices; i++) {
    json.push(await measure(jsonUrl, connections, {}, seconds))
    html.push(await measure(htmlUrl, connections, {}, seconds))
  }
  return { html: combine(html), json: combine(json) }
}
