import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestDatabaseInstance, testDatabases } from '../testing/index.ts'

// A long text bound for the worker pool is read as UTF-8 bytes in a buffer of their own, to be
// moved to the pool's thread without a copy (client.ts, readUtf8).
describe.each(await testDatabases())('readUtf8 on $driver', (testDb) => {
  let instance: TestDatabaseInstance
  beforeAll(async () => {
    instance = await testDb.create()
  })
  afterAll(async () => {
    await instance?.drop()
  })

  it('gives the first row’s text as its UTF-8 bytes, in a buffer of their own', async () => {
    const text = '“A,” he said — naïve 😀. '.repeat(1_000)
    const bytes = await instance.handle.readUtf8(sql`select ${text}::text, 'other'`)
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(bytes?.byteLength).toBe(bytes?.buffer.byteLength)
    expect(new TextDecoder().decode(bytes ?? new Uint8Array())).toBe(text)
  })

  it('gives null when there is no row or the value is null', async () => {
    expect(await instance.handle.readUtf8(sql`select 'x'::text where false`)).toBeNull()
    expect(await instance.handle.readUtf8(sql`select null::text`)).toBeNull()
  })
})
