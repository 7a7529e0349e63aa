// Suggestions annotations of the held-out group of news-gold/: held-out-3.txt, written blind by w18
// (session 11) and never used to change the rules. (The first held-out group, read to fix the rules
// of 2026.12-7, is tuning-8/-9 now: suggestions-tuning-8.ts.)
import { withTexts } from './annotations.ts'
import { HELD_OUT_3 } from './suggestions-held-out-3.ts'

export const NEWS_HELD_OUT = withTexts('held-out.jsonl', HELD_OUT_3)
