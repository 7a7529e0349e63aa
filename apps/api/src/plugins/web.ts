import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/**
 * Serves the built web app from the API's port, with an SPA fallback: any GET outside /api that
 * is not a file answers index.html, so deep links such as /articles/:id load the app.
 */
export const web = fp(async (app: FastifyInstance, { root }: { root: string }) => {
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn({ root }, 'web app not built: run `pnpm build` to serve it')
    return
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    // Hashed assets never change; index.html must always be revalidated.
    setHeaders(res, path) {
      res.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
    },
  })
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    // A missing API route or build asset is a real 404, not the app page (a stale tab after a
    // redeploy must see the error, not HTML served as JavaScript).
    if (request.url.startsWith('/api/') || request.url.startsWith('/assets/')) return reply.callNotFound()
    return reply.sendFile('index.html')
  })
})
