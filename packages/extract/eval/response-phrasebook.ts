// Tuning data for findResponses, written blind (without reading the rules or the news gold): short
// snippets of news copy worded the many ways reporters word a reply, plus near misses that hold no
// response at all. `pnpm eval:phrasebook` scores the extractor on it (run-phrasebook.ts).
// Names, outlets and events are invented.

import type { PhraseEntry } from './phrasebook/phrase-entry.ts'
import { DENIALS_QUOTED } from './phrasebook/phrasebook-1.ts'
import { DENIALS_WORDED } from './phrasebook/phrasebook-2.ts'
import { ADMISSIONS } from './phrasebook/phrasebook-3.ts'
import { REFUSALS } from './phrasebook/phrasebook-4.ts'
import { NEAR_MISSES } from './phrasebook/phrasebook-5.ts'
import { IN_CONTEXT } from './phrasebook/phrasebook-6.ts'

export type { PhraseEntry }

export const RESPONSE_PHRASEBOOK: PhraseEntry[] = [
  ...DENIALS_QUOTED,
  ...DENIALS_WORDED,
  ...ADMISSIONS,
  ...REFUSALS,
  ...NEAR_MISSES,
  ...IN_CONTEXT,
]
