// Suggestions annotations of the held-out group of news-gold/ (held-out-*.txt), written blind and
// never used to change the rules. (The earlier held-out groups, read to fix the rules afterwards, are
// tuning now: tuning-8/-9 (2026.12-7) and tuning-10 (session 12).)
import type { NewsAnnotation } from './annotations.ts'
import { withTexts } from './annotations.ts'
import { HELD_OUT_4 } from './suggestions-held-out-4.ts'

// held-out-4.txt (w19, 2026-12-03): ten articles written blind.
const HELD_OUT: NewsAnnotation[] = [...HELD_OUT_4]

export const NEWS_HELD_OUT = withTexts('held-out.jsonl', HELD_OUT)
