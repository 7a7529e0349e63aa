import type { WebAnnotation } from '@claimtrail/contracts'
import { describeSelection, type TextAnchor, toCodePointOffset } from './selectors.ts'

// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): a published claim's
// anchor as an Annotation whose target carries both selectors the anchor is stored as.

export interface WebAnnotationInput {
  /** The annotation's own IRI. */
  id: string
  /** Where the claim sits in `text`, in UTF-16 code units as stored. */
  anchor: TextAnchor
  /** The annotated text, exactly as `source` serves it: the selectors are computed against it. */
  text: string
  /** A public address of `text` as plain text (the exact article version quoted). */
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
  // Both selectors from the served text itself, so they agree with it and with each other.
  const anchor = describeSelection(input.text, input.anchor.start, input.anchor.end)
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
        // Code points, not the code units anchors are stored in (W3C Web Annotation §4.2.2).
        {
          type: 'TextPositionSelector',
          start: toCodePointOffset(input.text, anchor.start),
          end: toCodePointOffset(input.text, anchor.end),
        },
        { type: 'TextQuoteSelector', exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
      ],
    },
  }
}
