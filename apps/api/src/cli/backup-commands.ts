import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { exportDatabase, importDatabase } from '@claimtrail/db/backup'
import type { Logger } from 'pino'
import type { Config } from '../config.ts'
import { exportThroughServer, openForCommand } from './database-access.ts'

export const BACKUP_USAGE = `  export [--out FILE|-]            write the whole database (audit log included) as JSON Lines
                                   (stdout by default)
  import [--in FILE|-]             restore an export into an empty, freshly migrated database
                                   (stdin by default); all or nothing
`

const number = (n: number) => n.toLocaleString('en-US')

const target = (config: Config) => (config.DATABASE_URL ? 'PostgreSQL' : `PGlite (${config.DATA_DIR})`)

/** `pnpm claimtrail export`: the configured database (PGlite or DATABASE_URL) to a file or stdout. */
export async function runExport(args: string[], config: Config, log: Logger): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string', short: 'o' } }, strict: true })
  const out = values.out ?? '-'
  // From the running server when it owns the embedded folder, else from the database directly.
  const write = async (stream: Writable) => {
    const viaServer = await exportThroughServer(config, stream)
    if (viaServer) return { ...viaServer, from: `${target(config)} through the running server` }
    const database = await openForCommand(config, log, 'export')
    try {
      return { ...(await exportDatabase(database.db, stream)), from: target(config) }
    } finally {
      await database.close()
    }
  }
  if (out === '-') {
    const summary = await write(process.stdout)
    process.stderr.write(`exported ${number(summary.totalRows)} rows from ${summary.from}\n`)
    return
  }
  // Written beside the target and renamed when complete: FILE is never a half-written export.
  const partial = `${out}.partial`
  const stream = createWriteStream(partial)
  try {
    const summary = await write(stream)
    stream.end()
    await finished(stream)
    await rename(partial, out)
    process.stderr.write(
      `exported ${number(summary.totalRows)} rows from ${summary.from} to ${out} (${number(summary.bytes)} bytes, sha256 ${summary.sha256})\n`,
    )
  } catch (error) {
    stream.destroy()
    await rm(partial, { force: true })
    throw error
  }
}

/** `pnpm claimtrail import`: an export from a file or stdin into the configured, empty database. */
export async function runImport(args: string[], config: Config, log: Logger): Promise<void> {
  const { values } = parseArgs({ args, options: { in: { type: 'string', short: 'i' } }, strict: true })
  const from = values.in ?? '-'
  if (from === '-' && process.stdin.isTTY) {
    throw new Error('import: give --in FILE, or pipe an export on stdin')
  }
  const input = from === '-' ? process.stdin : createReadStream(from)
  // Fail on a missing file before touching the database.
  if (from !== '-') await new Promise((resolve, reject) => input.once('open', resolve).once('error', reject))
  const database = await openForCommand(config, log, 'import')
  try {
    const summary = await importDatabase(database.db, input)
    const tables = Object.values(summary.rows).filter((n) => n > 0).length
    process.stdout.write(
      `imported ${number(summary.totalRows)} rows into ${tables} tables of ${target(config)}\n`,
    )
  } finally {
    input.destroy()
    await database.close()
  }
}
