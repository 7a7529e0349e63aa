export {
  compareQuotedPassage,
  PASSAGE_CONTEXT,
  type PassageComparison,
  passageAround,
  type QuotedPassage,
} from './article-change.ts'
export * from './errors.ts'
export {
  defaultMaxErrors,
  type ReanchorOptions,
  type ReanchorResult,
  reanchor,
  reanchorAll,
} from './reanchor.ts'
export {
  type ClaimReanchorPlan,
  type ClaimToReanchor,
  planReanchoring,
  type ReanchorInput,
  type SubSpan,
  type SubSpanChange,
} from './reanchor-plan.ts'
export { SEARCH_LIMITS } from './search-limits.ts'
export {
  DEFAULT_CONTEXT_LENGTH,
  describeSelection,
  type TextAnchor,
  type TextPositionSelector,
  type TextQuoteSelector,
  toCodePointOffset,
} from './selectors.ts'
export { toWebAnnotation, type WebAnnotationInput } from './web-annotation.ts'
