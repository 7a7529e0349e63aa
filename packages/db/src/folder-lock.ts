import { randomBytes } from 'node:crypto'
import { readFileSync, unlinkSync } from 'node:fs'
import { link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'

/**
 * One owner per embedded database folder (ADR 018). PGlite is PostgreSQL compiled into this
 * process: a second process opening the same folder runs a second, unaware PostgreSQL on the same
 * files, and its writes are lost or the folder is damaged. So whoever opens a folder — the server
 * or any CLI command — first holds `claimtrail.lock` in it, and nobody else opens it meanwhile.
 *
 * The file names its holder (pid, the kernel's start time of that pid, host, command) so a lock
 * left by a crash (kill -9, power loss) is recognised as stale: the pid is gone, or it now belongs
 * to another process that started later. The server also advertises in it a loopback admin
 * channel, through which the CLI routes the commands it can instead of opening the folder.
 */
export const LOCK_FILE = 'claimtrail.lock'

/** A loopback HTTP endpoint of the running server and the bearer token it accepts. */
export interface AdminChannel {
  url: string
  token: string
}

export interface FolderLockHolder {
  pid: number
  /** What holds it, for messages: "the Claimtrail server", "claimtrail generate"… */
  owner: string
  hostname: string
  startedAt: string
  /** Linux: the pid's start time in clock ticks since boot (/proc/PID/stat), to detect a reused pid. */
  procStart?: string
  admin?: AdminChannel
}

export interface FolderLock {
  readonly path: string
  readonly holder: FolderLockHolder
  /** Publishes the server's admin channel in the lock file (mode 0600: only this OS user reads the token). */
  advertise(admin: AdminChannel): Promise<void>
  release(): Promise<void>
}

/** Another live process holds the folder. The message is one line naming it. */
export class DataFolderInUseError extends Error {
  override name = 'DataFolderInUseError'
  constructor(
    readonly dataDir: string,
    readonly holder: FolderLockHolder,
  ) {
    super(
      `the data folder ${dataDir} is in use by ${holder.owner} (pid ${holder.pid}${holder.hostname === hostname() ? '' : ` on ${holder.hostname}`}, since ${holder.startedAt}); stop it first`,
    )
  }
}

function procStartOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Field 22 (starttime); the command name (field 2) may contain spaces, so count after its ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}

/** Whether the process that wrote this lock is still running (unknowable on another host: assume so). */
export function isHolderAlive(holder: FolderLockHolder): boolean {
  if (holder.hostname !== hostname()) return true
  try {
    process.kill(holder.pid, 0)
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  if (holder.procStart === undefined) return true
  const now = procStartOf(holder.pid)
  return now === undefined || now === holder.procStart
}

function parseHolder(text: string): FolderLockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<FolderLockHolder>
    if (typeof value.pid === 'number' && typeof value.hostname === 'string') return value as FolderLockHolder
  } catch {}
  return undefined
}

/** The current holder of a folder's lock, if a live one. */
export async function readFolderLock(dataDir: string): Promise<FolderLockHolder | undefined> {
  const text = await readFile(join(dataDir, LOCK_FILE), 'utf8').catch(() => undefined)
  const holder = text === undefined ? undefined : parseHolder(text)
  return holder && isHolderAlive(holder) ? holder : undefined
}

/** Writes `text` to `path` in one step (a reader never sees half a file). */
async function writeAtomically(path: string, text: string, replace: boolean): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`
  await writeFile(temp, text, { mode: 0o600 })
  try {
    // link() fails if the lock exists: creation is exclusive; rename() replaces our own lock.
    if (replace) await rename(temp, path)
    else await link(temp, path)
  } finally {
    await unlink(temp).catch(() => {})
  }
}

/**
 * Takes the folder's lock for `owner`, or throws DataFolderInUseError naming the live holder.
 * A stale lock (dead pid, reused pid, unreadable file) is replaced.
 */
export async function acquireFolderLock(dataDir: string, owner: string): Promise<FolderLock> {
  await mkdir(dataDir, { recursive: true })
  const path = join(dataDir, LOCK_FILE)
  let holder: FolderLockHolder = {
    pid: process.pid,
    owner,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    ...(procStartOf(process.pid) === undefined ? {} : { procStart: procStartOf(process.pid) }),
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await writeAtomically(path, JSON.stringify(holder), false)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error
    }
    const text = await readFile(path, 'utf8').catch(() => undefined)
    if (text === undefined) continue // released meanwhile
    const current = parseHolder(text)
    if (current && isHolderAlive(current)) throw new DataFolderInUseError(dataDir, current)
    await unlink(path).catch(() => {})
  }

  let released = false
  // A normal exit that skipped close() must not leave the folder looking busy.
  const onExit = () => {
    if (!released) {
      try {
        const text = readFileSync(path, 'utf8')
        if (parseHolder(text)?.pid === process.pid) unlinkSync(path)
      } catch {}
    }
  }
  process.once('exit', onExit)
  return {
    path,
    get holder() {
      return holder
    },
    async advertise(admin) {
      holder = { ...holder, admin }
      await writeAtomically(path, JSON.stringify(holder), true)
    },
    async release() {
      if (released) return
      released = true
      process.off('exit', onExit)
      const text = await readFile(path, 'utf8').catch(() => undefined)
      if (text !== undefined && parseHolder(text)?.pid === process.pid) await unlink(path).catch(() => {})
    },
  }
}
