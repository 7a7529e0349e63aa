export { insertRows, TABLE_SPECS } from './bulk-insert.ts'
export {
  GenerateConflictError,
  type GenerateOptions,
  type GenerateProgress,
  type GenerateResult,
  generateDataset,
} from './generate.ts'
export { createRandom, type Random } from './random.ts'
export {
  buildArticle,
  buildEntityPool,
  countRows,
  emptyRows,
  GENERATED_TABLES,
  type GeneratorContext,
  type Rows,
  shorten,
} from './synthetic.ts'
