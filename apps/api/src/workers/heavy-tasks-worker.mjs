// Entry of the worker pool's threads when running from source (worker-pool.ts). Plain JavaScript
// because Node 20 does not apply `--import tsx` to a worker's entry module; tsx loads the
// TypeScript from here. The compiled server starts its own bundled heavy-tasks-worker.mjs instead.
import { tsImport } from 'tsx/esm/api'

const tasks = await tsImport('./heavy-tasks.ts', import.meta.url)

export default tasks.default
