// Entry of the HTML pool's thread when running from source (worker-pool.ts); see
// heavy-tasks-worker.mjs for why it is plain JavaScript. The compiled server starts its bundled
// html-tasks-worker.mjs instead.
import { tsImport } from 'tsx/esm/api'

const tasks = await tsImport('./html-tasks.ts', import.meta.url)

export default tasks.default
