# Claimtrail, the production way: the API serves the built web app and applies the migrations at
# start. The server runs compiled (apps/api/dist, docs/decisions/010); the image also keeps the
# sources, production node_modules and migrations/ so the CLI (`node --import tsx
# apps/api/src/cli.ts`) works in it, plus the web build. Used by docker-compose.yml; `docker build -t claimtrail .` works on its own.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- pnpm and the workspace manifests only, so the install layers below are rebuilt only when a
# manifest, the lockfile or the catalog changes. Add a line here for every new workspace package:
# a manifest missing here means that package's dependencies are silently not installed.
FROM ${NODE_IMAGE} AS manifests
RUN npm i -g pnpm@12.21.0 && npm cache clean --force
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/contracts/package.json packages/contracts/
COPY packages/core/package.json packages/core/
COPY packages/db/package.json packages/db/
COPY packages/extract/package.json packages/extract/
COPY e2e/package.json e2e/
COPY bench/package.json bench/

# --- everything installed, then the web app (Vite, into apps/web/dist) and the server (esbuild,
# into apps/api/dist) built.
FROM manifests AS build
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build

# --- production dependencies of the API and the packages it uses (not the web app's: its build is
# static files). The CLI's `node --import tsx` resolves tsx from the working directory, i.e. the
# root node_modules, where only the root's devDependencies would put it; tsx is a production
# dependency of apps/api, and the public hoist links it at the root as well.
FROM manifests AS prod-deps
RUN pnpm install --prod --frozen-lockfile --filter '@claimtrail/api...' --public-hoist-pattern=tsx

# --- runtime: no pnpm, no store, no dev dependencies, no host build output.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
# glibc's malloc hands buffers of 128 KiB and more straight back to the system when they are freed.
# By default it raises that threshold to the largest buffer freed so far (up to 32 MiB): after the
# first 2 MiB article crossed between threads, every later one was carved from the threads' malloc
# arenas and stayed resident, 137 MB of them at the heavy bench's peak on PGlite (bench/README.md,
# "Heavy work"; ADR 014). Ignored where the C library is not glibc.
ENV GLIBC_TUNABLES=glibc.malloc.mmap_threshold=131072
WORKDIR /app
# Manifests and every node_modules folder (root and per package), as the prod install laid them out.
COPY --from=prod-deps /app ./
COPY migrations ./migrations
COPY packages ./packages
COPY apps/api ./apps/api
COPY --from=build /app/apps/web/dist ./apps/web/dist
# The ledger pages' server renderer: self-contained (its dependencies bundled, ADR 016).
COPY --from=build /app/apps/web/dist-ssr ./apps/web/dist-ssr
COPY --from=build /app/apps/api/dist ./apps/api/dist
# DATA_DIR (default /app/data, the repository root's data/) is where embedded PGlite keeps its files when no DATABASE_URL is given; mount a
# volume on /app/data to keep them.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# The request thread's young generation at 2 × 8 MB rather than V8's 2 × 16 here: less memory at the
# peak with eight heavy jobs on PGlite, no throughput lost on the 500-claim article page. Without
# --enable-source-maps: with it every thread keeps each loaded module's source map, parsed, and the
# request thread the decoded mappings of the bundle once a stack trace is formatted, 35–45 MB more at
# that peak (bench/README.md, "Heavy work", seventh step; ADR 010). Stack traces then name lines of
# dist/*.mjs (not minified); NODE_OPTIONS=--enable-source-maps maps them to the TypeScript again.
CMD ["node", "--max-semi-space-size=8", "apps/api/dist/server.mjs"]
