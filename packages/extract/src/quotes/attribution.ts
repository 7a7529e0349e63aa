/** A span of the input: UTF-16 offsets, end exclusive, and the text there. */
export interface TextSpan {
  start: number
  end: number
  text: string
}

export type QuoteType = 'direct' | 'indirect' | 'mixed'

/**
 * One attribution in the PARC sense: who (source), the cue that attributes (cue), what (content).
 * Spans follow the Gender Gap Tracker annotation conventions (see eval/README in the repo): the
 * content is maximal and keeps its quotation marks, a paraphrase keeps its leading "that" and drops
 * its final period, the source is the mention as written, the cue is the main reporting verb.
 */
export interface Attribution {
  type: QuoteType
  /** A quote with no source or cue in its own sentence ("A," he said. "B." — B floats). */
  floating: boolean
  content: TextSpan
  cue: TextSpan | null
  /** Lemma of the cue ("say", "deny", "according to"), null for floating quotes. */
  cueLemma: string | null
  /** The source as written; a pronoun stays a pronoun. Null for floating quotes. */
  source: TextSpan | null
  /** For a pronoun source or a floating quote: the nearest compatible named source before it. */
  resolvedSource: TextSpan | null
  /** The sentence the cue (or the content, for floating quotes) is in. */
  sentence: { start: number; end: number }
}
