// Suggestions annotations of the held-out group of news-gold/ (held-out-*.txt), written blind and
// never used to change the rules. (The earlier held-out groups, read to fix the rules afterwards, are
// tuning now: tuning-8/-9 (2026.12-7) and tuning-10 (session 12).)
import type { NewsAnnotation } from './annotations.ts'
import { withTexts } from './annotations.ts'
import { HELD_OUT_4 } from './suggestions-held-out-4.ts'
import { HELD_OUT_5 } from './suggestions-held-out-5.ts'

// held-out-4.txt (w19, 2026-12-03) and held-out-5.txt (w21, 2026-12-03): ten articles each, written
// blind.
const HELD_OUT: NewsAnnotation[] = [...HELD_OUT_4, ...HELD_OUT_5]

export const NEWS_HELD_OUT = withTexts('held-out.jsonl', HELD_OUT)
const ids5 = new Set(HELD_OUT_5.map((a) => a.id))
/** The ten articles of held-out-5.txt alone (w21, written blind), also part of NEWS_HELD_OUT. */
export const NEWS_HELD_OUT_5 = NEWS_HELD_OUT.filter((a) => ids5.has(a.id))
