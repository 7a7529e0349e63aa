import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { CreateUserSchema } from '@claimtrail/contracts'
import { pino } from 'pino'
import { openAndMigrate } from './boot.ts'
import { BACKUP_USAGE, runExport, runImport } from './cli/backup-commands.ts'
import { EXTRACT_USAGE, extractCommand } from './cli/extract-command.ts'
import { GENERATE_USAGE, runGenerate } from './cli/generate-command.ts'
import { loadConfig } from './config.ts'
import { createSessionsService } from './services/auth/sessions-service.ts'
import { createUsersService } from './services/users-service.ts'

const USAGE = `usage: pnpm claimtrail <command> [options]

commands:
  migrate                          apply pending migrations
  users:create --email E --role R  create an account (role: checker, editor, admin)
                [--name NAME]      the password is read from stdin, or prompted on a terminal
${EXTRACT_USAGE}${GENERATE_USAGE}${BACKUP_USAGE}`

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
      const database = await openAndMigrate({ ...config, SEED_DEMO: 'false' }, log)
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
      const input = CreateUserSchema.safeParse({
        email: values.email,
        role: values.role,
        displayName: values.name ?? values.email?.split('@')[0],
        password,
      })
      if (!input.success) {
        const issue = input.error.issues[0]
        throw new Error(`${issue?.path.join('.') ?? 'input'}: ${issue?.message ?? 'invalid'}`)
      }
      const database = await openAndMigrate({ ...config, SEED_DEMO: 'false' }, log)
      try {
        const sessions = createSessionsService({ db: database.db, config: { idleMinutes: 1, maxHours: 1 } })
        const user = await createUsersService({ db: database.db, sessions }).create({ id: null }, input.data)
        process.stdout.write(`created ${user.role} ${user.email} (${user.id})\n`)
      } finally {
        await database.close()
      }
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
