// Entry of the text extraction worker (extract-text.ts). Plain JavaScript because Node 20 does
// not apply `--import tsx` to a worker's entry module; tsx loads the TypeScript from here.
import { tsImport } from 'tsx/esm/api'

await tsImport('./html-to-text-worker.ts', import.meta.url)
