import { describe, expect, it } from 'vitest'
import { suggest } from './index.ts'

// The extractor must be linear in the text (docs/design.md, "Suggestions"; the cost of each step is
// written beside it in suggestions/suggest.ts). A super-linear step shows as a ratio near 4 (quadratic)
// when the input doubles; a linear one stays near 2. The bound is a ratio of CPU time, with a
// generous margin for a shared machine, never a wall-clock limit.
const MiB = 1 << 20
const MAX_RATIO = 2.9

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)

const SHAPES: Record<string, (length: number) => string> = {
  // Every quote attributed by a post-posed cue: the case that used to re-scan earlier sentences.
  'short attributed quotes': (n) => repeat('"A," he said. ', n),
  // Opening marks that never close until the end: pairing must not search ahead for each one.
  'nested curly quotes': (n) => {
    const half = Math.floor(n / 2)
    return `${'“'.repeat(half)}${'x'.repeat(n - 2 * half)}${'”'.repeat(half)}`
  },
  'nested curly quotes with words': (n) => repeat('“He said “she said “they said ', n),
  // One sentence of nested reporting clauses: each cue must not re-read the rest of the sentence.
  'reported speech chain': (n) => `Smith said that ${repeat('Jones said that ', n - 30)}it rained.`,
  'ordinary prose': (n) =>
    repeat(
      'The council voted on Tuesday to approve the budget, which critics said was too small. ' +
        '"We will keep fighting," Mayor Ann Lee told reporters, adding that the plan would be revised. ' +
        'According to a city report, costs rose 12 per cent. The ministry denied the figures, ' +
        'and a senior official, who spoke on condition of anonymity, told the Herald it was "unfair."\n\n',
      n,
    ),
}

function cpuMillis(run: () => void): number {
  const before = process.cpuUsage()
  run()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

describe('extractor cost grows linearly with the text', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(`${name}: 2 MiB costs at most ~2× 1 MiB`, () => {
      const one = make(MiB)
      const two = make(2 * MiB)
      suggest(make(64 * 1024)) // warm the JIT so the first measurement is not compile time
      const t1 = cpuMillis(() => suggest(one))
      const t2 = cpuMillis(() => suggest(two))
      expect(t2 / Math.max(t1, 1)).toBeLessThan(MAX_RATIO)
    }, 300_000)
  }
})
