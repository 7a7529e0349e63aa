import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ANONYMOUS, type Viewer } from '../services/viewer.ts'

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer
  }
}

/**
 * Who is asking, attached to every request. Until accounts land (issue 4) every request is an
 * anonymous reader, so every route answers with public data only.
 */
export const requestContext = fp(async (app: FastifyInstance) => {
  app.decorateRequest('viewer', undefined as unknown as { getter: () => Viewer })
  app.addHook('onRequest', async (request) => {
    request.viewer = ANONYMOUS
  })
})
