import { openDatabase } from '@claimtrail/db'
import pg from 'pg'
import { buildApp } from '../../apps/api/src/app.ts'
import { loadConfig } from '../../apps/api/src/config.ts'
import { BENCH_EMAIL, BENCH_PASSWORD, DB_URL } from '../config.ts'
import type { Scenario } from './scenarios.ts'

export interface Statement {
  text: string
  values: unknown[]
}

/**
 * Runs each scenario once through the real app, in this process, recording every statement it sends
 * to PostgreSQL. The baseline replays them and EXPLAIN explains them. Session and login bookkeeping
 * is left out: it is auth, not the route's query.
 */
export async function captureSql(
  list: Scenario[],
  webDist: string,
): Promise<{ captured: Record<string, Statement[]>; statuses: Record<string, number> }> {
  const recorded: Statement[] = []
  let recording = false
  const original = pg.Client.prototype.query
  // pg's query has a dozen overloads; this only observes the text and values going out.
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (recording) {
      const [config, values] = args as [{ text?: string; values?: unknown[] } | string, unknown]
      const text = typeof config === 'string' ? config : config?.text
      const params = (typeof config === 'object' && config?.values) || (Array.isArray(values) ? values : [])
      if (typeof text === 'string' && !/\b(sessions|login_attempts|users)\b/.test(text))
        recorded.push({ text, values: params })
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args)
  } as typeof original
  const database = await openDatabase({ url: DB_URL, dataDir: '' })
  const app = await buildApp({
    config: loadConfig({ DATABASE_URL: DB_URL, LOG_LEVEL: 'silent', WEB_DIST: webDist }),
    database,
  })
  const captured: Record<string, Statement[]> = {}
  const statuses: Record<string, number> = {}
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: BENCH_EMAIL, password: BENCH_PASSWORD },
    })
    const cookie = login.cookies.find((c) => c.name === 'claimtrail_session')
    for (const s of list) {
      recorded.length = 0
      recording = true
      const res = await app.inject({
        method: 'GET',
        url: s.path,
        headers: s.auth && cookie ? { cookie: `${cookie.name}=${cookie.value}` } : {},
      })
      recording = false
      statuses[s.name] = res.statusCode
      captured[s.name] = recorded.map((r) => ({ text: r.text, values: JSON.parse(JSON.stringify(r.values)) }))
    }
  } finally {
    pg.Client.prototype.query = original
    await app.close()
    await database.close()
  }
  return { captured, statuses }
}
