import { describe, expect, it } from 'vitest'
import { isTypingTarget, resolveShortcut, SHORTCUTS, stepIndex } from './shortcuts.ts'

const press = (key: string, extra: Partial<Parameters<typeof resolveShortcut>[0]> = {}) =>
  resolveShortcut({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    defaultPrevented: false,
    typing: false,
    ...extra,
  })

describe('resolveShortcut', () => {
  it('maps each documented key to its action', () => {
    expect(press('j')).toBe('next-claim')
    expect(press('k')).toBe('previous-claim')
    expect(press('n')).toBe('new-claim')
    expect(press('s')).toBe('submit')
    expect(press('?')).toBe('help')
    expect(press('x')).toBeNull()
    expect(SHORTCUTS.map((s) => s.key)).toEqual(['j', 'k', 'n', 's', '?'])
  })

  it('stays quiet while typing, with a modifier, or when a control took the key', () => {
    expect(press('j', { typing: true })).toBeNull()
    expect(press('s', { ctrlKey: true })).toBeNull()
    expect(press('s', { metaKey: true })).toBeNull()
    expect(press('n', { altKey: true })).toBeNull()
    expect(press('k', { defaultPrevented: true })).toBeNull()
  })
})

describe('isTypingTarget', () => {
  const target = (matches: boolean, editable = false) => ({
    isContentEditable: editable,
    closest: () => (matches ? {} : null),
  })
  it('is true inside fields and editable content, false elsewhere', () => {
    expect(isTypingTarget(target(true))).toBe(true)
    expect(isTypingTarget(target(false, true))).toBe(true)
    expect(isTypingTarget(target(false))).toBe(false)
    expect(isTypingTarget(null)).toBe(false)
    expect(isTypingTarget({})).toBe(false)
  })
})

describe('stepIndex', () => {
  it('starts at either end, steps, and stops at the ends', () => {
    expect(stepIndex(3, -1, 'next-claim')).toBe(0)
    expect(stepIndex(3, -1, 'previous-claim')).toBe(2)
    expect(stepIndex(3, 0, 'next-claim')).toBe(1)
    expect(stepIndex(3, 2, 'next-claim')).toBe(2)
    expect(stepIndex(3, 0, 'previous-claim')).toBe(0)
    expect(stepIndex(0, -1, 'next-claim')).toBe(-1)
  })
})
