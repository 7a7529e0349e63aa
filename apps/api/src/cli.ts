import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { pino } from 'pino'
import { BACKUP_USAGE, runExport, runImport } from './cli/backup-commands.ts'
import { openForCommand, runAdminOperation } from './cli/database-access.ts'
import { EXTRACT_USAGE, extractCommand } from './cli/extract-command.ts'
import { GENERATE_USAGE, runGenerate } from './cli/generate-command.ts'
import { loadConfig } from './config.ts'

const USAGE = `usage: pnpm claimtrail <command> [options]

commands:
  migrate                          apply pending migrations
  users:create --email E --role R  create an account (role: checker, editor, admin)
                [--name NAME]      the password is read from stdin, or prompted on a terminal
  users:set-password --email E     set an account's password (read the same way); ends its sessions
${EXTRACT_USAGE}${GENERATE_USAGE}${BACKUP_USAGE}
On the embedded database, users:create, users:set-password and export go through the running server when it owns the
data folder; the other commands refuse until it is stopped.
`

/** Reads the password from a pipe, or asks for it without echo on a terminal; never from argv. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = ''
    for await (const chunk of process.stdin) data += chunk
    return data.replace(/\r?\n$/, '')
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true })
  const output = rl as unknown as { _writeToOutput: (s: string) => void }
  process.stderr.write('Password: ')
  output._writeToOutput = () => {}
  const password = await rl.question('')
  rl.close()
  process.stderr.write('\n')
  return password
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv
  // The extractor needs no configuration or database: its stdout carries results only.
  if (command === 'extract') return extractCommand(rest)
  const config = loadConfig(process.env)
  const log = pino({ level: config.LOG_LEVEL })
  switch (command) {
    case 'generate':
      await runGenerate(rest, config, log)
      return
    case 'export':
      await runExport(rest, config, log)
      return
    case 'import':
      await runImport(rest, config, log)
      return
    case 'migrate': {
      const database = await openForCommand(config, log, 'migrate')
      await database.close()
      process.stdout.write('migrations applied\n')
      return
    }
    case 'users:create': {
      const { values } = parseArgs({
        args: rest,
        options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
        strict: true,
      })
      const password = await readPassword()
      const line = await runAdminOperation(config, log, 'users:create', {
        email: values.email ?? '',
        role: values.role as 'admin',
        displayName: values.name ?? values.email?.split('@')[0] ?? '',
        password,
      })
      process.stdout.write(`${line}\n`)
      return
    }
    case 'users:set-password': {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' } }, strict: true })
      const password = await readPassword()
      const line = await runAdminOperation(config, log, 'users:set-password', {
        email: values.email ?? '',
        password,
      })
      process.stdout.write(`${line}\n`)
      return
    }
    default:
      process.stderr.write(USAGE)
      process.exit(command ? 2 : 0)
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`claimtrail: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
