import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_SHARED_BUFFERS_MB, openDatabase } from './client.ts'

// The embedded database on disk: a new folder is created by a process of its own (its ~800 MB
// stay out of the server), and the engine runs with the page cache the configuration names.
describe('the embedded database folder', () => {
  const folders: string[] = []
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true })
  })
  const newFolder = async () => {
    const parent = await mkdtemp(join(tmpdir(), 'claimtrail-embedded-'))
    folders.push(parent)
    return join(parent, 'db')
  }
  const sharedBuffers = async (handle: Awaited<ReturnType<typeof openDatabase>>) => {
    const result = (await handle.db.execute(sql`show shared_buffers`)) as unknown as {
      rows: { shared_buffers: string }[]
    }
    return result.rows[0]?.shared_buffers
  }

  it('creates a new folder, opens it again with its data, and sets shared_buffers', async () => {
    const dataDir = await newFolder()
    const first = await openDatabase({ dataDir })
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true)
    expect(await sharedBuffers(first)).toBe(`${DEFAULT_SHARED_BUFFERS_MB}MB`)
    await first.db.execute(sql`create table kept (n int)`)
    await first.db.execute(sql`insert into kept values (42)`)
    await first.close()

    const again = await openDatabase({ dataDir, embeddedSharedBuffersMb: 48 })
    expect(await sharedBuffers(again)).toBe('48MB')
    const kept = (await again.db.execute(sql`select n from kept`)) as unknown as { rows: { n: number }[] }
    expect(kept.rows).toEqual([{ n: 42 }])
    await again.close()
  }, 120_000)

  it('says why when the folder cannot be created', async () => {
    const dataDir = await newFolder()
    await mkdir(dataDir, { recursive: true })
    // Not a database folder and not empty: creating one there fails in its own process.
    await writeFile(join(dataDir, 'global'), 'a file where a folder should be')
    await expect(openDatabase({ dataDir })).rejects.toThrow(
      /cannot open the embedded database in .*: creating the database folder failed/,
    )
  }, 120_000)
})
