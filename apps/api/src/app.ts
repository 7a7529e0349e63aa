import { randomUUID } from 'node:crypto'
import type { DatabaseHandle } from '@claimtrail/db'
import Fastify, { type FastifyServerOptions } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import type { Config } from './config.ts'
import { errorHandler } from './plugins/error-handler.ts'
import { openapi } from './plugins/openapi.ts'
import { requestContext } from './plugins/request-context.ts'
import { web } from './plugins/web.ts'
import { articlesRoutes } from './routes/articles/articles-routes.ts'
import { healthRoutes } from './routes/health/health-routes.ts'
import { createArticlesService } from './services/articles-service.ts'
import { createHealthService } from './services/health-service.ts'

export interface AppOptions {
  config: Pick<Config, 'LOG_LEVEL' | 'WEB_DIST' | 'TRUST_PROXY'>
  database: DatabaseHandle
  /** Overrides for tests and tools (e.g. a silent logger); production uses the defaults. */
  fastify?: FastifyServerOptions
}

/** Builds the whole app on an open, migrated database. server.ts only listens and shuts down. */
export async function buildApp({ config, database, fastify }: AppOptions) {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1_048_576,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ...fastify,
  }).withTypeProvider<ZodTypeProvider>()

  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  await app.register(errorHandler)
  await app.register(openapi)
  await app.register(requestContext)

  const services = {
    health: createHealthService({ database }),
    articles: createArticlesService({ db: database.db }),
  }

  await app.register(healthRoutes, { health: services.health })
  await app.register(
    async (api) => {
      await api.register(articlesRoutes, { articles: services.articles })
    },
    { prefix: '/api/v1' },
  )
  await app.register(web, { root: config.WEB_DIST })
  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
