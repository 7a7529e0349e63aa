import type { WebAnnotation } from '@claimtrail/contracts'
import type { TextAnchor } from './selectors.ts'

// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): a published claim's
// anchor as an Annotation whose target carries both selectors the anchor is stored as.

export interface WebAnnotationInput {
  /** The annotation's own IRI. */
  id: string
  anchor: TextAnchor
  /** The annotated article (its URL, or the ledger's address for it when it has none). */
  source: string
  /** When the annotated text version was taken: the selectors' offsets are into that version. */
  sourceDate: string
  created: string
  statement: string
  verdict: string
  /**
   * Set once the review is retracted: the annotation no longer assesses the claim (no verdict
   * body); it comments, with this text, that the review was withdrawn.
   */
  retraction?: string
  language?: string
  creator: string
}

export function toWebAnnotation(input: WebAnnotationInput): WebAnnotation {
  const { anchor } = input
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: input.id,
    type: 'Annotation',
    motivation: input.retraction === undefined ? 'assessing' : 'commenting',
    created: input.created,
    creator: { type: 'Organization', name: input.creator },
    body: [
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: input.statement,
        format: 'text/plain',
        ...(input.language ? { language: input.language } : {}),
      },
      input.retraction === undefined
        ? { type: 'TextualBody', purpose: 'assessing', value: input.verdict, format: 'text/plain' }
        : { type: 'TextualBody', purpose: 'commenting', value: input.retraction, format: 'text/plain' },
    ],
    target: {
      type: 'SpecificResource',
      source: input.source,
      state: { type: 'TimeState', sourceDate: input.sourceDate },
      selector: [
        { type: 'TextPositionSelector', start: anchor.start, end: anchor.end },
        { type: 'TextQuoteSelector', exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
      ],
    },
  }
}
