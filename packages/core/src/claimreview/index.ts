export {
  type ClaimAppearance,
  type ClaimReviewFeedEntry,
  type ClaimReviewInput,
  type ClaimReviewOptions,
  claimPageUrl,
  toClaimReview,
  toClaimReviewFeed,
} from './claimreview.ts'
