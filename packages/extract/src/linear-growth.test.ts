import { describe, expect, it } from 'vitest'
import { suggest } from './index.ts'

// The extractor must be linear in the text (docs/design.md, "Suggestions"; the cost of each step is
// written beside it in suggestions/suggest.ts). The input grows fourfold: a linear step costs about
// 4× as much, a quadratic one about 16×, so a bound of 8 tells them apart with room for a busy
// machine. Each size is measured twice and the cheaper run counts, because the process's CPU clock
// also counts the garbage collector and other test files running in the same process — a ratio of a
// single pair of runs on a shared 2-core machine once read 3.0 for a linear step (bound 2.9 at ×2).
const MiB = 1 << 20
const GROWTH = 4
const MAX_RATIO = 8

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

const cheapestOfTwo = (run: () => void) => Math.min(cpuMillis(run), cpuMillis(run))

describe('extractor cost grows linearly with the text', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(`${name}: 2 MiB costs about 4× half a MiB, far from the 16× of a quadratic step`, () => {
      const small = make(MiB / 2)
      const large = make((GROWTH * MiB) / 2)
      suggest(make(64 * 1024)) // warm the JIT so the first measurement is not compile time
      const tSmall = cheapestOfTwo(() => suggest(small))
      const tLarge = cheapestOfTwo(() => suggest(large))
      expect(tLarge / Math.max(tSmall, 1)).toBeLessThan(MAX_RATIO)
    }, 300_000)
  }
})
