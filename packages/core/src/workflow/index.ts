export * from './editing.ts'
export * from './transitions.ts'
