// Pure builders of synthetic newsroom data: no I/O. An article's rows depend only on the run's seed
// and the article's index, so a run is reproducible whatever the batch size. The builders live in
// synthetic/: the run's shapes (model.ts), the entity pool (entity-pool.ts), stories and their text
// (story.ts, text.ts), claim and reply templates (claim-plans.ts, response-plans.ts), and an
// article's records (article.ts, claim-records.ts, claim-review.ts).

export { buildArticle } from './synthetic/article.ts'
export { buildEntityPool, entityRow, poolSizes } from './synthetic/entity-pool.ts'
export {
  countRows,
  type EntityPool,
  emptyRows,
  GENERATED_TABLES,
  type GeneratedTable,
  type GeneratorContext,
  type PoolEntity,
  type Row,
  type Rows,
} from './synthetic/model.ts'
export { shorten } from './synthetic/text.ts'
