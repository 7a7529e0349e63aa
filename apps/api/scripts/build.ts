/**
 * The production server: `src/server.ts` and the worker pools' entries (heavy-tasks.ts,
 * html-tasks.ts) compiled into plain JavaScript in `dist/` (ADR 010). Only the workspace's own TypeScript is bundled; every npm
 * dependency stays an import resolved from node_modules at run time, as in development.
 *
 *   node --import tsx scripts/build.ts      (pnpm --filter @claimtrail/api build)
 */
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'

const API_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = resolve(API_DIR, 'dist')

/** npm packages stay external; `@claimtrail/*` packages export TypeScript source and are bundled. */
const externalDependencies: Plugin = {
  name: 'external-dependencies',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@claimtrail/') ? undefined : { path: args.path, external: true },
    )
  },
}

/**
 * Source files find their assets (migrations/, the demo article, the web build) from
 * `import.meta.url`. In the bundle that would be dist/'s file, so each bundled file's
 * `import.meta.url` is rewritten to its own source file, named relative to the output: the paths
 * mean what they mean in source, and the repository can still be moved as a whole.
 */
const sourceRelativeImportMeta: Plugin = {
  name: 'source-relative-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.split(sep).includes('node_modules')) return undefined
      const source = await readFile(args.path, 'utf8')
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'ts' }
      const fromOut = relative(OUT_DIR, args.path).split(sep).join('/')
      return {
        contents: source.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(fromOut)}, import.meta.url).href`,
        ),
        loader: 'ts',
      }
    })
  },
}

/** Whether Node would find the package `name` from `dir` (node_modules folders up to the root). */
function resolvesFrom(dir: string, name: string): boolean {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'node_modules', name, 'package.json'))) return true
    if (dirname(at) === at) return false
  }
}

await rm(OUT_DIR, { recursive: true, force: true })
const result = await build({
  absWorkingDir: API_DIR,
  entryPoints: {
    server: 'src/server.ts',
    // Next to the server, where worker-pool.ts looks for them in the bundle (CLAIMTRAIL_BUNDLE_URL).
    'heavy-tasks-worker': 'src/workers/heavy-tasks.ts',
    'html-tasks-worker': 'src/workers/html-tasks.ts',
  },
  outdir: OUT_DIR,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  // In dist/ itself: the rewritten import.meta.url paths are relative to dist/.
  chunkNames: '[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  // Each output file records its own location; worker-pool.ts starts the pool's threads beside it.
  banner: { js: 'const __claimtrailBundleUrl = import.meta.url;' },
  define: { CLAIMTRAIL_BUNDLE_URL: '__claimtrailBundleUrl' },
  plugins: [externalDependencies, sourceRelativeImportMeta],
  metafile: true,
  logLevel: 'warning',
})

// Every npm import left in the bundle must resolve from dist/, i.e. be a dependency of the API
// itself (pnpm gives each package only its own): a package that only packages/db depends on would
// build and then fail at start.
const missing = new Set<string>()
for (const output of Object.values(result.metafile.outputs)) {
  for (const { path, external } of output.imports) {
    if (!external || path.startsWith('node:')) continue
    const name = path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]
    if (name && !resolvesFrom(OUT_DIR, name)) missing.add(name)
  }
}
if (missing.size > 0) {
  console.error(`api build: add to apps/api/package.json dependencies: ${[...missing].sort().join(', ')}`)
  process.exit(1)
}

const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.mjs'))
const bytes = outputs.reduce((sum, [, output]) => sum + output.bytes, 0)
console.log(
  `api: built ${outputs.length} files (${Math.round(bytes / 1024)} KiB) into ${relative(process.cwd(), OUT_DIR) || '.'}`,
)
