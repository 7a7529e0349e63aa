import { analyse, type Doc } from '../text/document.ts'
import type { Attribution } from './attribution.ts'
import { IndirectQuotes } from './finder/indirect-quotes.ts'

export type { Attribution, QuoteType, TextSpan } from './attribution.ts'

/** Finds the attributions (quotes with source and cue) of a text. Pure, linear in the text length. */
export function findQuotes(text: string, doc: Doc = analyse(text)): Attribution[] {
  return new QuoteFinder(doc).run()
}

/**
 * The quote finder reads a text in layers, one file each under finder/: words and clause ends
 * (token-reader.ts), noun phrases (phrase-reader.ts), the attributions found so far and their
 * output (quote-items.ts), direct quotes (direct-quotes.ts), then indirect and mixed quotes
 * (indirect-quotes.ts). Each step looks at a bounded window of tokens and indexes keep lookups
 * O(1), so the whole is linear in the text (docs/design.md, "Automatic suggestions").
 */
class QuoteFinder extends IndirectQuotes {
  run(): Attribution[] {
    const embedded = this.directQuotes()
    this.indirectQuotes()
    this.leftoverQuotations(embedded)
    return this.finish()
  }
}
