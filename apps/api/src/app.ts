import { randomUUID } from 'node:crypto'
import { type ApiError, CSRF_EXEMPT_PATHS, isUuidText } from '@claimtrail/contracts'
import type { DatabaseHandle } from '@claimtrail/db'
import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify'
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { type Config, fastifyTrustProxy } from './config.ts'
import { UnavailableError } from './errors.ts'
import { auth } from './plugins/auth.ts'
import { errorHandler } from './plugins/error-handler.ts'
import { jsonBody } from './plugins/json-body.ts'
import { openapi } from './plugins/openapi.ts'
import { securityHeaders } from './plugins/security-headers.ts'
import { requestValidatorCompiler } from './plugins/validator.ts'
import { web } from './plugins/web.ts'
import { articleImportRoutes } from './routes/articles/article-import-routes.ts'
import { articlesRoutes } from './routes/articles/articles-routes.ts'
import { suggestionsRoutes } from './routes/articles/suggestions-routes.ts'
import { authRoutes } from './routes/auth/auth-routes.ts'
import { claimRecordsRoutes } from './routes/claims/claim-records-routes.ts'
import { claimSourcingRoutes } from './routes/claims/claim-sourcing-routes.ts'
import { claimWorkflowRoutes } from './routes/claims/claim-workflow-routes.ts'
import { claimsRoutes } from './routes/claims/claims-routes.ts'
import { evidenceCaptureRoutes } from './routes/claims/evidence-capture-routes.ts'
import { entitiesRoutes } from './routes/entities/entities-routes.ts'
import { healthRoutes } from './routes/health/health-routes.ts'
import { jobsRoutes } from './routes/jobs/jobs-routes.ts'
import { ledgerFeedRoutes } from './routes/public/ledger-feed-routes.ts'
import { ledgerPagesRoutes } from './routes/public/ledger-pages-routes.ts'
import { publicHttp } from './routes/public/public-http.ts'
import { publicRoutes } from './routes/public/public-routes.ts'
import { articleChangeRoutes } from './routes/review/article-change-routes.ts'
import { ratingScalesRoutes } from './routes/review/rating-scales-routes.ts'
import { reviewRoutes } from './routes/review/review-routes.ts'
import { usersRoutes } from './routes/users/users-routes.ts'
import { watchRoutes } from './routes/watch/watch-routes.ts'
import { createArticleChangeFlagsService } from './services/article-change-flags-service.ts'
import { fetchBody } from './services/article-import/fetch-article.ts'
import { createArticleImportService } from './services/article-import-service.ts'
import { createArticlesService } from './services/articles-service.ts'
import { createAuthService } from './services/auth/auth-service.ts'
import { createLoginThrottle } from './services/auth/login-throttle.ts'
import { createPasswordsService } from './services/auth/passwords-service.ts'
import { createSessionsService } from './services/auth/sessions-service.ts'
import { createChangesSinceService } from './services/claims/changes-since-service.ts'
import { createClaimAssessmentService } from './services/claims/claim-assessment-service.ts'
import { createClaimRecordsService } from './services/claims/claim-records-service.ts'
import { createClaimSourcingService } from './services/claims/claim-sourcing-service.ts'
import { createClaimWorkflowService } from './services/claims/claim-workflow-service.ts'
import { createClaimsService } from './services/claims/claims-service.ts'
import { createDashboardService } from './services/dashboard-service.ts'
import { createEntitiesService } from './services/entities-service.ts'
import { createEvidenceCapturesService } from './services/evidence/evidence-captures-service.ts'
import { createHealthService, type DatabaseReadiness } from './services/health-service.ts'
import { startJobRunner } from './services/jobs/job-runner.ts'
import { createJobsService } from './services/jobs/jobs-service.ts'
import { createLedgerPagesService } from './services/public/ledger-pages-service.ts'
import { loadLedgerRenderer } from './services/public/ledger-renderer.ts'
import { createPublicLedgerService } from './services/public/public-ledger-service.ts'
import { backfillPublications } from './services/public/publication-writer.ts'
import { createResponseCache, type ResponseCache } from './services/public/response-cache.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** The public ledger's response cache; null when PUBLIC_CACHE_MB=0. */
    publicCache: ResponseCache | null
    /** The worker pool of heavy work (ADR 014): its counters are read by tests and the benchmark. */
    workerPool: WorkerPool
  }
}

import { createSitemapService } from './services/public/sitemap.ts'
import { createRatingScalesService } from './services/rating-scales-service.ts'
import { createReviewQueueService } from './services/review-queue-service.ts'
import { createWatchChecker } from './services/source-watch/watch-check.ts'
import { createWatchScheduler, startWatchScheduler } from './services/source-watch/watch-scheduler.ts'
import { createSourceWatchService } from './services/source-watch/watch-service.ts'
import { createSuggestionsService } from './services/suggestions/suggestions-service.ts'
import { createUsersService } from './services/users-service.ts'
import { createWorkerPool, type WorkerPool } from './workers/worker-pool.ts'

export interface AppOptions {
  config: Config
  database: DatabaseHandle
  /** Whether the database is there yet (server.ts on PostgreSQL); ready when absent. */
  readiness?: DatabaseReadiness
  /** Overrides for tests and tools (e.g. a silent logger); production uses the defaults. */
  fastify?: FastifyServerOptions
}

/** Builds the whole app on an open, migrated database. server.ts only listens and shuts down. */
export async function buildApp({ config, database, readiness, fastify }: AppOptions) {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    trustProxy: fastifyTrustProxy(config.TRUST_PROXY),
    bodyLimit: config.BODY_LIMIT_BYTES,
    // A caller's x-request-id is kept only when it is a well-formed UUID: the id is echoed and
    // written into the append-only audit log, which must not hold arbitrary client text (ADR 015).
    requestIdHeader: false,
    genReqId: (req) => {
      const sent = req.headers['x-request-id']
      return typeof sent === 'string' && isUuidText(sent) ? sent.toLowerCase() : randomUUID()
    },
    // Errors the router raises before any route runs (an over-long or malformed path parameter)
    // get the same error shape as everything else.
    frameworkErrors: (error, request, reply) => {
      ;(reply as unknown as FastifyReply)
        .status(400)
        .send({ code: 'BAD_REQUEST', message: error.message, requestId: request.id } satisfies ApiError)
    },
    ...fastify,
  }).withTypeProvider<ZodTypeProvider>()

  app.setValidatorCompiler(requestValidatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })
  // Whatever the API answers may be someone's private data: no browser or proxy keeps a copy.
  // The public ledger's routes replace this with their own caching headers (public-http.ts).
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/v1/')) reply.header('cache-control', 'no-store')
  })

  const { db } = database
  // Public claims without a published record (older data, the demo seed, the generator) get one
  // before the ledger answers (docs/decisions/019-publication-snapshots.md).
  // A server still waiting for PostgreSQL does this in boot.ts once the database answers.
  if (!readiness || readiness.isReady) {
    const backfilled = await backfillPublications(db)
    if (backfilled > 0) app.log.info({ claims: backfilled }, 'recorded the published view of public claims')
  }
  const sessions = createSessionsService({
    db,
    config: { idleMinutes: config.SESSION_IDLE_MINUTES, maxHours: config.SESSION_MAX_HOURS },
  })
  const throttle = createLoginThrottle({
    db,
    config: {
      windowMinutes: config.LOGIN_WINDOW_MINUTES,
      maxFailuresPerAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: config.LOGIN_MAX_FAILURES_PER_ADDRESS,
    },
  })
  const claims = createClaimsService({ db })
  const services = {
    health: createHealthService({ database, ...(readiness ? { readiness } : {}) }),
    articles: createArticlesService({ db }),
    auth: createAuthService({ db, sessions, throttle }),
    users: createUsersService({ db, sessions }),
    passwords: createPasswordsService({ db, sessions, throttle }),
    claims,
    changesSince: createChangesSinceService({ db, claims }),
    workflow: createClaimWorkflowService({ db }),
    sourcing: createClaimSourcingService({ db }),
    assessment: createClaimAssessmentService({ db }),
    dashboard: createDashboardService({ db }),
    reviewQueue: createReviewQueueService({ db }),
    ratingScales: createRatingScalesService({ db }),
    entities: createEntitiesService({ db }),
    ledger: createPublicLedgerService({
      db,
      baseUrl: config.PUBLIC_BASE_URL,
      orgName: config.PUBLIC_ORG_NAME,
      publicSnapshots: config.PUBLIC_SNAPSHOTS === 'text',
    }),
  }
  const publicCache = createResponseCache(database.ledgerVersion, config.PUBLIC_CACHE_MB * 1024 * 1024)
  // Read-only handle on the public response cache: its size is what tests and monitoring watch.
  app.decorate('publicCache', publicCache)
  // Heavy work never runs on this thread (ADR 014); the pool's threads stop with the app.
  const workers = createWorkerPool({
    size: config.WORKER_POOL_SIZE,
    nice: config.WORKER_NICE,
    queueMax: config.WORKER_QUEUE_MAX,
    timeoutMs: config.TASK_TIMEOUT_MS,
    maxMemoryMb: config.WORKER_MAX_MEMORY_MB,
  })
  app.decorate('workerPool', workers)
  const jobs = createJobsService({
    db,
    maxPending: config.JOBS_MAX_PENDING,
    deadlineMs: config.JOB_DEADLINE_MS,
  })
  const articleImport = createArticleImportService({
    db,
    fetchPolicy: {
      timeoutMs: config.FETCH_TIMEOUT_MS,
      maxBytes: config.FETCH_MAX_BYTES,
      allowPrivate: config.FETCH_ALLOW_PRIVATE,
    },
    extractTimeoutMs: config.EXTRACT_TIMEOUT_MS,
    workers,
    jobs,
    maxChars: config.ARTICLE_MAX_CHARS,
    jobThresholdChars: config.JOB_THRESHOLD_CHARS,
  })
  // Evidence is fetched (captured, watched) under the import's rules with its own byte cap.
  const evidenceFetchPolicy = {
    timeoutMs: config.FETCH_TIMEOUT_MS,
    maxBytes: config.EVIDENCE_CAPTURE_MAX_BYTES,
    allowPrivate: config.FETCH_ALLOW_PRIVATE,
  }
  const captures = createEvidenceCapturesService({
    db,
    jobs,
    workers,
    fetchPolicy: evidenceFetchPolicy,
    extractTimeoutMs: config.EXTRACT_TIMEOUT_MS,
  })
  const records = createClaimRecordsService({ db, captures })
  const suggestions = createSuggestionsService({
    db,
    readUtf8: database.readUtf8,
    workers,
    jobs,
    jobThresholdChars: config.JOB_THRESHOLD_CHARS,
    cacheMegabytes: config.SUGGESTIONS_CACHE_MB,
  })
  const runner = startJobRunner({
    db,
    jobs,
    handlers: {
      'article_version.import': articleImport.runImportJob,
      'article.suggestions': suggestions.runSuggestionsJob,
      'evidence.capture': captures.runCaptureJob,
      'source_watch.check': createWatchChecker({
        db,
        articleImport,
        fetchEvidence: (url) => fetchBody(url, evidenceFetchPolicy),
      }),
    },
    log: app.log,
    concurrency: config.JOBS_CONCURRENCY,
    pollMs: config.JOBS_POLL_MS,
    leaseMs: config.JOB_LEASE_MS,
    ...(readiness ? { isReady: () => readiness.isReady } : {}),
  })
  // Sources watched (ADR 021): each process ticks; the claim makes a source's check happen once.
  const watchScheduler =
    config.WATCH_INTERVAL_MINUTES > 0
      ? startWatchScheduler(
          createWatchScheduler({
            db,
            jobs,
            intervalMinutes: config.WATCH_INTERVAL_MINUTES,
            batchSize: config.WATCH_BATCH_SIZE,
          }),
          { log: app.log, ...(readiness ? { isReady: () => readiness.isReady } : {}) },
        )
      : undefined
  app.addHook('onClose', async () => {
    await watchScheduler?.stop()
    // Running jobs stop with the pool's threads and are taken up again at the next start.
    const stopped = runner.stop()
    await workers.close()
    await stopped
  })

  await app.register(errorHandler)
  await app.register(jsonBody, { maxDepth: config.JSON_MAX_DEPTH })
  // Listening before the database answers (boot.ts): only /healthz, which says why, is served.
  if (readiness && !readiness.isReady) {
    app.addHook('onRequest', async (request) => {
      if (!readiness.isReady && request.url !== '/healthz') {
        throw new UnavailableError('The server is waiting for its database; try again shortly')
      }
    })
  }
  await app.register(securityHeaders)
  await app.register(openapi, { baseUrl: config.PUBLIC_BASE_URL })
  await app.register(auth, {
    sessions,
    cookieSecure: config.COOKIE_SECURE,
    // Login rotates the session; a reset code is itself the proof a forged request would lack.
    csrfExempt: CSRF_EXEMPT_PATHS,
  })

  await app.register(healthRoutes, { health: services.health })
  await app.register(
    async (api) => {
      await api.register(authRoutes, { auth: services.auth, passwords: services.passwords })
      await api.register(usersRoutes, { users: services.users, passwords: services.passwords })
      await api.register(articlesRoutes, { articles: services.articles })
      await api.register(articleImportRoutes, { articleImport })
      await api.register(jobsRoutes, { jobs })
      await api.register(watchRoutes, { watch: createSourceWatchService({ db, jobs }) })
      await api.register(claimsRoutes, {
        claims: services.claims,
        records,
        changesSince: services.changesSince,
      })
      await api.register(suggestionsRoutes, { suggestions })
      await api.register(claimWorkflowRoutes, { workflow: services.workflow })
      await api.register(claimSourcingRoutes, { sourcing: services.sourcing })
      await api.register(claimRecordsRoutes, { records })
      await api.register(evidenceCaptureRoutes, { captures })
      await api.register(reviewRoutes, {
        assessment: services.assessment,
        dashboard: services.dashboard,
        reviewQueue: services.reviewQueue,
      })
      await api.register(ratingScalesRoutes, { scales: services.ratingScales })
      await api.register(articleChangeRoutes, { flags: createArticleChangeFlagsService({ db }) })
      await api.register(entitiesRoutes, { entities: services.entities })
      await api.register(publicRoutes, { prefix: '/public', ledger: services.ledger, cache: publicCache })
    },
    { prefix: '/api/v1' },
  )
  // The ledger's pages and feeds beside /ledger, with the public API's caching and revalidation.
  const render = await loadLedgerRenderer(config.WEB_SSR, config.WEB_DIST)
  await app.register(async (pages) => {
    await publicHttp(pages, publicCache)
    await pages.register(ledgerFeedRoutes, {
      ledger: services.ledger,
      baseUrl: config.PUBLIC_BASE_URL,
      orgName: config.PUBLIC_ORG_NAME,
    })
    await pages.register(ledgerPagesRoutes, {
      pages: createLedgerPagesService(services.ledger),
      sitemap: createSitemapService({ db, baseUrl: config.PUBLIC_BASE_URL }),
      render,
      baseUrl: config.PUBLIC_BASE_URL,
      siteName: config.PUBLIC_ORG_NAME,
    })
  })
  await app.register(web, { root: config.WEB_DIST })
  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
