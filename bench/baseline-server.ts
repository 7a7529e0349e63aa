import { readFileSync } from 'node:fs'
import Fastify from 'fastify'
import pg from 'pg'

/**
 * The baseline: a bare Fastify app, started the same way as the API (a node process with tsx),
 * that runs exactly the SQL the product route ran (captured by run.ts) through raw `pg` and answers
 * the rows with JSON.stringify. No validation, no serializer, no ORM, no auth: what is left is the
 * database's share of the work, which the product's requests/second is compared against.
 *
 *   node --import tsx bench/baseline-server.ts <captured.json> <port> <database url>
 */
interface Statement {
  text: string
  values: unknown[]
}

const [file, port, url] = process.argv.slice(2)
if (!file || !port || !url) throw new Error('usage: baseline-server.ts <captured.json> <port> <database url>')
const scenarios = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Statement[]>
const pool = new pg.Pool({ connectionString: url, max: 10 })
const app = Fastify({ logger: false })

app.get<{ Params: { name: string } }>('/baseline/:name', async (request, reply) => {
  const statements = scenarios[request.params.name]
  if (!statements) return reply.code(404).send('{}')
  const results: unknown[] = []
  for (const s of statements) results.push((await pool.query(s.text, s.values)).rows)
  reply.type('application/json')
  return JSON.stringify(results.length === 1 ? results[0] : results)
})
app.get('/healthz', async () => 'ok')

await app.listen({ host: '127.0.0.1', port: Number(port) })
process.on('SIGTERM', () => {
  void app.close().then(() => pool.end())
})
