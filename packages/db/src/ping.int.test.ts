import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestDatabaseInstance, testDatabases } from '../testing/index.ts'

// /healthz pings the database. A write transaction in progress (a long re-import's, say) must not
// make the probe wait for it: on PostgreSQL the ping takes another pooled connection; on embedded
// PGlite, with its one connection, the engine's thread answers between the transaction's statements.
describe.each(await testDatabases())('the liveness ping on $driver', (testDb) => {
  let instance: TestDatabaseInstance
  beforeAll(async () => {
    instance = await testDb.create()
  })
  afterAll(async () => {
    await instance?.drop()
  })

  it('answers while a transaction holds its connection, and the transaction commits', async () => {
    const { db } = instance.handle
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let opened: () => void = () => {}
    const isOpen = new Promise<void>((resolve) => {
      opened = resolve
    })
    const transaction = db.transaction(async (tx) => {
      await tx.execute(sql`create table ping_probe (n int)`)
      opened()
      await held
      await tx.execute(sql`insert into ping_probe values (1)`)
    })
    await isOpen
    const answered = await Promise.race([
      instance.handle.ping().then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2_000)),
    ])
    release()
    await transaction
    expect(answered).toBe('answered')
    const rows = (await db.execute(sql`select n from ping_probe`)) as unknown as { rows: { n: number }[] }
    expect(rows.rows).toEqual([{ n: 1 }])
    await expect(instance.handle.ping()).resolves.toBeUndefined()
  })

  it('gives the ledger version as committed, also while a writing transaction holds the connection', async () => {
    const { db } = instance.handle
    const before = await instance.handle.ledgerVersion()
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let wrote: () => void = () => {}
    const written = new Promise<void>((resolve) => {
      wrote = resolve
    })
    const transaction = db.transaction(async (tx) => {
      // An audit event raises the version when its transaction commits (migration 0009).
      await tx.execute(
        sql`insert into events (action, subject_type, subject_id) values ('probe.written', 'probe', 'p1')`,
      )
      wrote()
      await held
    })
    await written
    const during = await Promise.race([
      instance.handle.ledgerVersion(),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2_000)),
    ])
    release()
    await transaction
    // Not the uncommitted one: a reader must not file an answer under a version not yet visible.
    expect(during).toBe(before)
    expect(await instance.handle.ledgerVersion()).toBe(before + 1)
  })
})
