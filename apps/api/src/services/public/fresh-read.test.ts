import { describe, expect, it } from 'vitest'
import { freshRead } from './fresh-read.ts'

/** A read whose answers the test releases by hand, recording when each read started. */
function manualSource() {
  const pending: { resolve: (v: number) => void; reject: (e: Error) => void }[] = []
  let started = 0
  const read = () =>
    new Promise<number>((resolve, reject) => {
      started++
      pending.push({ resolve, reject })
    })
  return {
    read,
    started: () => started,
    settle: (value: number | Error) => {
      const next = pending.shift()
      if (!next) throw new Error('no read is running')
      if (value instanceof Error) next.reject(value)
      else next.resolve(value)
    },
  }
}

const tick = () => new Promise((r) => setImmediate(r))

describe('freshRead', () => {
  it('starts a read at once when none is running', async () => {
    const source = manualSource()
    const version = freshRead(source.read)
    const first = version()
    expect(source.started()).toBe(1)
    source.settle(7)
    await expect(first).resolves.toBe(7)
  })

  it('never answers a caller with a read that started before it asked', async () => {
    const source = manualSource()
    const version = freshRead(source.read)
    const early = version()
    const late = version() // asked while the first read runs: must wait for a newer one
    expect(source.started()).toBe(1)
    source.settle(1) // the database's value when the first read ran
    await expect(early).resolves.toBe(1)
    await tick()
    expect(source.started()).toBe(2)
    source.settle(2) // a commit happened in between
    await expect(late).resolves.toBe(2)
  })

  it('shares one queued read among every caller waiting behind the running one', async () => {
    const source = manualSource()
    const version = freshRead(source.read)
    const first = version()
    const waiting = Array.from({ length: 49 }, () => version())
    expect(source.started()).toBe(1)
    source.settle(1)
    await first
    await tick()
    expect(source.started()).toBe(2)
    source.settle(2)
    expect(await Promise.all(waiting)).toEqual(Array(49).fill(2))
    expect(source.started()).toBe(2)
  })

  it('passes a failed read to its callers and still serves the ones queued behind it', async () => {
    const source = manualSource()
    const version = freshRead(source.read)
    const failing = version()
    const queued = version()
    source.settle(new Error('connection terminated'))
    await expect(failing).rejects.toThrow('connection terminated')
    await tick()
    source.settle(3)
    await expect(queued).resolves.toBe(3)
    // Nothing left running: the next caller starts a read of its own.
    const next = version()
    expect(source.started()).toBe(3)
    source.settle(4)
    await expect(next).resolves.toBe(4)
  })

  it('lets a read start again once everything has settled', async () => {
    const source = manualSource()
    const version = freshRead(source.read)
    const a = version()
    source.settle(1)
    await a
    await tick()
    const b = version()
    expect(source.started()).toBe(2)
    source.settle(1)
    await expect(b).resolves.toBe(1)
  })
})
