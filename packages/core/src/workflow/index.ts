export * from './editing.ts'
export * from './roles.ts'
export * from './transitions.ts'
