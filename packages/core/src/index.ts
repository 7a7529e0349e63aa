export * from './anchoring/index.ts'
export * from './claimreview/index.ts'
export * from './sourcing/index.ts'
export * from './workflow/index.ts'
