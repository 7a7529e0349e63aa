import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// The real server and CLI as separate processes, run as `pnpm start` and `pnpm claimtrail` do.
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const SERVER = join(REPO_ROOT, 'apps/api/src/server.ts')
const CLI = join(REPO_ROOT, 'apps/api/src/cli.ts')

export type Running = ChildProcess & { output: () => { stdout: string; stderr: string } }

function start(script: string, args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (d) => {
    stdout += d
  })
  child.stderr?.on('data', (d) => {
    stderr += d
  })
  return Object.assign(child, { output: () => ({ stdout, stderr }) })
}

export const startServer = (env: Record<string, string>) => start(SERVER, [], env)
export const startCli = (args: string[], env: Record<string, string>) => start(CLI, args, env)

/** A CLI command run to its end, with `stdin` written and closed. */
export async function runCli(args: string[], env: Record<string, string>, stdin = '') {
  const child = startCli(args, env)
  child.stdin?.end(stdin)
  const status = await exitOf(child)
  return { status, ...child.output() }
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode)
    else child.once('exit', (code) => resolve(code))
  })
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const address = server.address()
  await new Promise<void>((r) => server.close(() => r()))
  if (!address || typeof address !== 'object') throw new Error('no port')
  return address.port
}

/** Polls until `check` returns something, the child exits, or the deadline passes. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  { child, timeoutMs = 150_000 }: { child?: ChildProcess; timeoutMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`exited with ${child.exitCode} before ${what}`)
    const value = await check().catch(() => undefined)
    if (value !== undefined) return value
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`timed out waiting for ${what}`)
}

export async function waitForHealth(port: number, child: ChildProcess): Promise<void> {
  await waitFor(
    'a healthy server',
    async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200 ? true : undefined),
    { child },
  )
}
