import type { ResponseStance } from '../../src/index.ts'

/** One snippet of news copy and the responses a careful fact-checker records in it. */
export interface PhraseEntry {
  text: string
  /** `responder` as written in the text; "A|B" lists alternatives (a name and its apposition). */
  responses: { responder: string; stance: ResponseStance }[]
}
