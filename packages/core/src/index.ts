export * from './anchoring/index.ts'
export * from './sourcing/index.ts'
export * from './workflow/index.ts'
