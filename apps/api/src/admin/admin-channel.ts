import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { AdminChannel, DatabaseHandle } from '@claimtrail/db'
import { exportDatabase } from '@claimtrail/db/backup'
import type { Logger } from 'pino'
import { AppError } from '../errors.ts'
import { adminOperations, isAdminOperation } from './admin-operations.ts'

/**
 * The running server's door for the CLI (ADR 018). On PGlite the server owns the data folder,
 * so `pnpm claimtrail users:create` or `export` cannot open it; they find this channel in the
 * folder's lock file and ask the server instead. It listens on loopback only, on a random port,
 * and takes a random bearer token that only the lock file (mode 0600, this OS user) carries.
 *
 *   POST /operations/NAME   JSON input of an admin operation → 200 { message } | 4xx/5xx { message }
 *   GET  /export            the export, JSON Lines, streamed from one snapshot
 */
export async function startAdminChannel({
  database,
  log,
}: {
  database: DatabaseHandle
  log: Logger
}): Promise<{ channel: AdminChannel; close(): Promise<void> }> {
  const token = randomBytes(32).toString('base64url')
  const expected = Buffer.from(`Bearer ${token}`)
  const authorized = (request: IncomingMessage) => {
    const given = Buffer.from(request.headers.authorization ?? '')
    return given.length === expected.length && timingSafeEqual(given, expected)
  }
  const server = createServer(async (request, response) => {
    try {
      if (!authorized(request)) return answer(response, 401, 'wrong or missing admin token')
      await route(database, log, request, response)
    } catch (error) {
      answerFailure(log, response, error)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    channel: { url: `http://127.0.0.1:${port}`, token },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function answer(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ message }))
}

/** One authorized request: the export stream or an admin operation. */
async function route(
  database: DatabaseHandle,
  log: Logger,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://admin')
  if (request.method === 'GET' && url.pathname === '/export') {
    response.writeHead(200, { 'content-type': 'application/jsonl' })
    await exportDatabase(database.db, response)
    response.end()
    return
  }
  const name = /^\/operations\/([\w:-]+)$/.exec(url.pathname)?.[1]
  if (request.method !== 'POST' || !name || !isAdminOperation(name)) {
    return answer(response, 404, `no admin operation ${request.method} ${url.pathname}`)
  }
  let body = ''
  for await (const chunk of request) body += chunk
  const operation = adminOperations[name]
  const input = operation.input.safeParse(JSON.parse(body))
  if (!input.success) {
    const issue = input.error.issues[0]
    return answer(response, 400, `${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`)
  }
  log.info({ operation: name }, 'admin operation from the CLI')
  answer(response, 200, await operation.run(database.db, input.data as never))
}

function answerFailure(log: Logger, response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    // Mid-export: cut the stream, the CLI sees no trailer and keeps nothing.
    log.error({ err: error }, 'admin channel: export failed')
    response.destroy()
  } else if (error instanceof AppError) {
    answer(response, error.statusCode, error.message)
  } else {
    log.error({ err: error }, 'admin channel: operation failed')
    answer(response, 500, 'the server failed to run it (see its log)')
  }
}
