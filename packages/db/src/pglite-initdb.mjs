// Creates an embedded database folder and exits (pglite-client.ts). Run as a child process: PGlite's
// initdb step takes ~800 MB of memory that the engine keeps after it (measured: 814 MB RSS after
// creating a folder, 285 MB after opening an existing one), so in its own process that memory is
// returned when it exits, instead of staying in the server for its whole life.
import { PGlite } from '@electric-sql/pglite'

const dataDir = process.argv[2]
if (!dataDir) {
  process.stderr.write('usage: pglite-initdb.mjs <data folder>\n')
  process.exit(2)
}
try {
  const db = await PGlite.create(dataDir)
  await db.close()
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
}
