import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { acquireFolderLock, DataFolderInUseError, LOCK_FILE, readFolderLock } from './folder-lock.ts'

const dirs: string[] = []
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-lock-'))
  dirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** A lock as another process would have left it. */
function writeLock(dir: string, holder: Record<string, unknown>) {
  writeFileSync(
    join(dir, LOCK_FILE),
    JSON.stringify({
      owner: 'claimtrail generate',
      hostname: hostname(),
      startedAt: '2026-01-01T00:00:00.000Z',
      ...holder,
    }),
  )
}

describe('the data folder lock', () => {
  it('is exclusive: a second taker is refused with a line naming the holder, until released', async () => {
    const dir = folder()
    const lock = await acquireFolderLock(dir, 'the Claimtrail server')
    expect(statSync(lock.path).mode & 0o777).toBe(0o600)
    const refused = await acquireFolderLock(dir, 'claimtrail migrate').catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(DataFolderInUseError)
    expect((refused as Error).message).toBe(
      `the data folder ${dir} is in use by the Claimtrail server (pid ${process.pid}, since ${lock.holder.startedAt}); stop it first`,
    )
    await lock.advertise({ url: 'http://127.0.0.1:1', token: 't' })
    expect((await readFolderLock(dir))?.admin).toEqual({ url: 'http://127.0.0.1:1', token: 't' })
    await lock.release()
    expect(await readFolderLock(dir)).toBeUndefined()
    const again = await acquireFolderLock(dir, 'claimtrail migrate')
    expect(JSON.parse(readFileSync(again.path, 'utf8'))).toMatchObject({
      pid: process.pid,
      owner: 'claimtrail migrate',
    })
    await again.release()
  })

  it('is held against a live process of another owner', async () => {
    const dir = folder()
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'])
    try {
      writeLock(dir, { pid: child.pid })
      await expect(acquireFolderLock(dir, 'the Claimtrail server')).rejects.toThrow(
        `is in use by claimtrail generate (pid ${child.pid}, since 2026-01-01T00:00:00.000Z)`,
      )
    } finally {
      child.kill()
    }
  })

  it('is taken over after a crash: the pid is gone, or was reused by a later process', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid
    const crashed = folder()
    writeLock(crashed, { pid: dead })
    const lock = await acquireFolderLock(crashed, 'the Claimtrail server')
    expect(lock.holder.pid).toBe(process.pid)
    await lock.release()

    // Our own pid, but recorded with another start time: the pid of a crashed holder, reused.
    const reused = folder()
    writeLock(reused, { pid: process.pid, procStart: '1' })
    const taken = await acquireFolderLock(reused, 'the Claimtrail server')
    expect(taken.holder.owner).toBe('the Claimtrail server')
    await taken.release()

    const garbage = folder()
    writeFileSync(join(garbage, LOCK_FILE), '{"pid": 12') // a write cut by a power loss
    await (await acquireFolderLock(garbage, 'claimtrail export')).release()
  })
})
