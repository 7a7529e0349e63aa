export * from './databases.ts'
