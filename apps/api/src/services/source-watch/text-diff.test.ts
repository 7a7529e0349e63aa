import { describe, expect, it } from 'vitest'
import { textDiff } from './text-diff.ts'

describe('textDiff', () => {
  it('shows the changed line with its context, as a unified diff', () => {
    const diff = textDiff('one\ntwo\nthree', 'one\n2\nthree')
    expect(diff).toBe(['@@ -1,3 +1,3 @@', ' one', '-two', '+2', ' three'].join('\n'))
  })

  it('is empty for equal texts', () => {
    expect(textDiff('same', 'same')).toBe('')
  })

  it('gives up (null) on a text rewritten beyond what a reader could follow', () => {
    const before = Array.from({ length: 6_000 }, (_, i) => `line ${i}`).join('\n')
    const after = Array.from({ length: 6_000 }, (_, i) => `other ${i}`).join('\n')
    expect(textDiff(before, after)).toBeNull()
  })
})
