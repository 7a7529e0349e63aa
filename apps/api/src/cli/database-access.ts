import type { Writable } from 'node:stream'
import { type AdminChannel, type DatabaseHandle, DataFolderInUseError, readFolderLock } from '@claimtrail/db'
import type { Logger } from 'pino'
import {
  type AdminOperationInput,
  type AdminOperationName,
  adminOperations,
} from '../admin/admin-operations.ts'
import { openAndMigrate } from '../boot.ts'
import type { Config } from '../config.ts'

/**
 * How a CLI command reaches the database (ADR 018). On PGlite the data folder has one owner:
 * a command opens it only when nobody else does (`openForCommand` holds its lock meanwhile), and
 * otherwise either refuses with one line naming the holder, or — for the commands the running
 * server can do for it — goes through the server's admin channel. Never a write the server
 * cannot see.
 */
export async function openForCommand(config: Config, log: Logger, command: string): Promise<DatabaseHandle> {
  // Never seed the demo from the CLI: a command on a new folder must not invent data.
  return openAndMigrate({ ...config, SEED_DEMO: 'false' }, log, `claimtrail ${command}`)
}

/** The running server's admin channel, when the server owns this configuration's data folder. */
async function serverChannel(config: Config): Promise<AdminChannel | undefined> {
  if (config.DATABASE_URL || config.DATA_DIR.startsWith('memory://')) return undefined
  return (await readFolderLock(config.DATA_DIR))?.admin
}

async function call(channel: AdminChannel, path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response
  try {
    response = await fetch(`${channel.url}${path}`, {
      ...init,
      headers: { ...init.headers, authorization: `Bearer ${channel.token}` },
    })
  } catch (error) {
    throw new Error(
      `the running server does not answer on its admin channel (${channel.url}): ${String(error)}`,
    )
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    throw new Error(body.message ?? `the server answered ${response.status}`)
  }
  return response
}

/**
 * Runs an admin operation: in this process when it can open the database, else through the
 * running server. Returns the line to print.
 */
export async function runAdminOperation<N extends AdminOperationName>(
  config: Config,
  log: Logger,
  name: N,
  rawInput: AdminOperationInput<N>,
): Promise<string> {
  const operation = adminOperations[name]
  const parsed = operation.input.safeParse(rawInput)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`)
  }
  const viaServer = async (channel: AdminChannel) => {
    const response = await call(channel, `/operations/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(parsed.data),
    })
    return `${((await response.json()) as { message: string }).message} (through the running server)`
  }
  const channel = await serverChannel(config)
  if (channel) return viaServer(channel)
  let database: DatabaseHandle
  try {
    database = await openForCommand(config, log, name)
  } catch (error) {
    // The server took the folder between our look and our open.
    if (error instanceof DataFolderInUseError && error.holder.admin) return viaServer(error.holder.admin)
    throw error
  }
  try {
    return await operation.run(database.db, parsed.data as never)
  } finally {
    await database.close()
  }
}

export interface StreamedExport {
  totalRows: number
  bytes: number
  sha256: string
}

/**
 * The export, from the running server when it owns the folder (one snapshot, taken by the server),
 * or undefined when the CLI should open the database itself. The copy is checked to end with the
 * export's trailer: a cut connection is an error, never a short file.
 */
export async function exportThroughServer(
  config: Config,
  out: Writable,
): Promise<StreamedExport | undefined> {
  const channel = await serverChannel(config)
  if (!channel) return undefined
  const response = await call(channel, '/export')
  if (!response.body) throw new Error('the server sent no export')
  let bytes = 0
  let tail = ''
  for await (const chunk of response.body) {
    const buffer = Buffer.from(chunk)
    bytes += buffer.length
    tail = (tail + buffer.toString('utf8')).slice(-65_536)
    if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve))
  }
  const last = tail.trimEnd().split('\n').at(-1) ?? ''
  let trailer: { end?: unknown; rows?: Record<string, number>; sha256?: string }
  try {
    trailer = JSON.parse(last)
  } catch {
    trailer = {}
  }
  if (trailer.end !== 'claimtrail-export' || !trailer.rows || !trailer.sha256) {
    throw new Error('the export from the running server was cut short')
  }
  const totalRows = Object.values(trailer.rows).reduce((a, b) => a + b, 0)
  return { totalRows, bytes, sha256: trailer.sha256 }
}
