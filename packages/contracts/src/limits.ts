/**
 * Lengths of the desk's text fields, in characters: the API's schemas refuse longer values and the
 * web's inputs stop at the same number, so a checker never types what the server will refuse.
 * The claims table's CHECK on the headline (packages/db/src/schema/claims.ts) repeats 75 in SQL.
 */
export const TEXT_LIMITS = {
  /** ClaimReview's claimReviewed: short enough for a search result or a card. */
  headline: 75,
  statement: 2_000,
  rationale: 10_000,
  /** A correction's "what changed" and "why", a retraction's reason. */
  correction: 2_000,
  reviewComment: 5_000,
  note: 10_000,
  ratingLabel: 60,
  ratingDescription: 500,
  searchQuery: 200,
} as const
