export type AnchorRangeReason =
  | 'not-an-integer'
  | 'out-of-range'
  | 'empty-or-reversed'
  | 'splits-surrogate-pair'
  | 'invalid-option'

/**
 * A selection that cannot be expressed as a W3C Web Annotation TextPositionSelector (§4.2.5).
 * The `reason` lets callers (API error mapping, the web app) say what was wrong without parsing
 * the message.
 */
export class AnchorRangeError extends Error {
  override readonly name = 'AnchorRangeError'
  readonly reason: AnchorRangeReason

  constructor(reason: AnchorRangeReason, message: string) {
    super(message)
    this.reason = reason
  }
}
