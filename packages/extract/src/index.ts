export * from './hedges/find-hedges.ts'
