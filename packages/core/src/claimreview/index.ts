export {
  type ClaimAppearance,
  type ClaimReviewInput,
  type ClaimReviewOptions,
  claimPageUrl,
  toClaimReview,
  toClaimReviewFeed,
} from './claimreview.ts'
