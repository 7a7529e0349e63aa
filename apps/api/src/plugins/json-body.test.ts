import { describe, expect, it } from 'vitest'
import { jsonDepthExceeds } from './json-body.ts'

describe('jsonDepthExceeds', () => {
  it('counts arrays and objects, not brackets inside strings or after escaped quotes', () => {
    expect(jsonDepthExceeds('{"a":[1,{"b":[]}]}', 4)).toBe(false)
    expect(jsonDepthExceeds('{"a":[1,{"b":[]}]}', 3)).toBe(true)
    expect(jsonDepthExceeds(JSON.stringify({ text: '[[[[[[{{{{' }), 1)).toBe(false)
    expect(jsonDepthExceeds(JSON.stringify({ text: 'a \\" [[[ "quoted" {{{' }), 1)).toBe(false)
    expect(jsonDepthExceeds(`{"a":"\\\\"}`, 1)).toBe(false)
  })

  it('refuses a megabyte of nested brackets and accepts a megabyte of flat array', () => {
    const hostile = `${'['.repeat(500_000)}${']'.repeat(500_000)}`
    expect(jsonDepthExceeds(hostile, 32)).toBe(true)
    const flat = `[${'1,'.repeat(500_000)}1]`
    expect(jsonDepthExceeds(flat, 32)).toBe(false)
  })
})
