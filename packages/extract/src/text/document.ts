import { pairQuotationMarks, type QuotationSpan } from './quotation-marks.ts'
import { type Sentence, splitSentences } from './sentences.ts'
import { type Token, tokenize } from './tokenize.ts'

/** The analysed text every finder works on: tokens, quotation spans and sentences, with lookups. */
export interface Doc {
  text: string
  tokens: Token[]
  quotations: QuotationSpan[]
  /** Per token: index of the quotation span that contains it (marks included), or -1. */
  inQuotation: Int32Array
  sentences: Sentence[]
  /** Per token: index of its sentence, or -1 for paragraph breaks. */
  sentenceOf: Int32Array
}

export function analyse(text: string): Doc {
  const tokens = tokenize(text)
  const quotations = pairQuotationMarks(text, tokens)
  const inQuotation = new Int32Array(tokens.length).fill(-1)
  const closers = new Set<number>()
  quotations.forEach((q, qi) => {
    for (let i = q.open; i <= q.last; i++) inQuotation[i] = qi
    if (q.close !== -1) closers.add(q.close)
  })
  const sentences = splitSentences(tokens, closers)
  const sentenceOf = new Int32Array(tokens.length).fill(-1)
  sentences.forEach((s, si) => {
    for (let i = s.first; i < s.end; i++) sentenceOf[i] = si
  })
  return { text, tokens, quotations, inQuotation, sentences, sentenceOf }
}
