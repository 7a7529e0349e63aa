import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { MAX_ARTICLE_SOURCE_LENGTH } from '@claimtrail/contracts'
import { DEFAULT_SHARED_BUFFERS_MB } from '@claimtrail/db'
import ipaddr from 'ipaddr.js'
import { z } from 'zod'

// Defaults are relative to the repository, not the working directory, so `pnpm start`,
// `pnpm dev` and `pnpm claimtrail` all use the same data folder and web build.
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url))
const DEFAULT_WEB_SSR = fileURLToPath(new URL('../../web/dist-ssr/entry-server.js', import.meta.url))
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url))

const booleanish = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')

/** proxy-addr's names for address ranges, accepted among TRUST_PROXY's addresses. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal'])

/**
 * Which reverse proxies vouch for the client address in X-Forwarded-For (ADR 015): none, a
 * number of hops in front of the app (`true` = one), or the proxies' own addresses / CIDR ranges.
 * The client address is the right-most entry not added by a trusted proxy; everything left of it
 * is the client's to forge.
 */
export type TrustProxy = false | { hops: number } | { addresses: string[] }

const TrustProxySchema = z
  .string()
  .trim()
  .transform((value, ctx): TrustProxy => {
    if (value === '' || value === 'false') return false
    if (value === 'true') return { hops: 1 }
    if (/^\d+$/.test(value)) {
      const hops = Number(value)
      if (hops > 16) ctx.addIssue({ code: 'custom', message: 'a hop count must be at most 16' })
      return hops === 0 ? false : { hops }
    }
    const addresses = value.split(',').map((a) => a.trim())
    for (const address of addresses) {
      if (!PROXY_RANGE_NAMES.has(address) && !ipaddr.isValid(address) && !ipaddr.isValidCIDR(address)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${address.slice(0, 60)}" is not true, false, a hop count, an IP address, a CIDR range or loopback/linklocal/uniquelocal`,
        })
      }
    }
    return { addresses }
  })

/**
 * The process environment, parsed once at boot. Nothing else in the API reads `process.env`:
 * everything it needs arrives through this object.
 */
export const ConfigSchema = z.object({
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
  /** auto: seed the demo into an empty embedded database only, never against DATABASE_URL. */
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().min(1).default(DEFAULT_WEB_DIST),
  /** The web app's server renderer of the public ledger pages (`vite build --ssr`, ADR 016). */
  WEB_SSR: z.string().min(1).default(DEFAULT_WEB_SSR),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Embedded database only: its page cache (PostgreSQL's shared_buffers) in MB, held in the
   * server's memory. Larger helps a desk whose data outgrows it, at that cost in memory.
   */
  EMBEDDED_SHARED_BUFFERS_MB: z.coerce.number().int().min(1).max(4_096).default(DEFAULT_SHARED_BUFFERS_MB),
  /**
   * PostgreSQL not reachable at start: the server listens, answers 503 (and /healthz says why) and
   * retries after this long, doubling each time up to DB_STARTUP_RETRY_MAX_MS (boot.ts)…
   */
  DB_STARTUP_RETRY_MS: z.coerce.number().int().min(10).max(600_000).default(500),
  DB_STARTUP_RETRY_MAX_MS: z.coerce.number().int().min(10).max(600_000).default(30_000),
  /** …and gives up after this many seconds; 0 waits for ever (a supervisor need not restart-loop). */
  DB_STARTUP_TIMEOUT_S: z.coerce.number().int().min(0).default(0),
  TRUST_PROXY: TrustProxySchema.default(false),
  /** A session ends after this long without a request… */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 24 * 60)
    .default(8 * 60),
  /** …and after this long in any case. */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(365 * 24)
    .default(7 * 24),
  /** auto: Secure cookies when the request came over https (behind TRUST_PROXY, per X-Forwarded-Proto). */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOGIN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(10_000).default(10),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(50),
  /** Article import from a URL: the whole fetch (redirects and body included) must finish in this long… */
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** …and the page may not be bigger than this (bytes, after decompression). */
  FETCH_MAX_BYTES: z.coerce.number().int().min(1_024).max(50_000_000).default(5_000_000),
  /**
   * Allow fetching private, loopback and link-local addresses. Off by default so an import cannot
   * be used to reach the internal network (SSRF); tests serving pages from 127.0.0.1 turn it on.
   */
  FETCH_ALLOW_PRIVATE: booleanish.default(false),
  /**
   * Evidence captures (ADR 020): the largest body stored per capture, in bytes after
   * decompression; a larger one is recorded as a failed capture with the reason. Captures fetch
   * under the article import's other rules (FETCH_TIMEOUT_MS, FETCH_ALLOW_PRIVATE).
   */
  EVIDENCE_CAPTURE_MAX_BYTES: z.coerce.number().int().min(1_024).max(50_000_000).default(5_000_000),
  /**
   * Longest the extraction of an HTML page's main text may take, waiting behind other pages
   * included, before it is stopped (in the HTML pool's thread; starting that thread is not counted).
   */
  EXTRACT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  /**
   * The worker pool for heavy work (ADR 014): threads running suggestions and re-anchoring at once
   * (HTML-to-text has one thread of its own, started by the first page). Each thread holds up to
   * WORKER_MAX_MEMORY_MB of heap, so this also bounds the memory heavy work can take. By default one core is left to the event loop, but never fewer
   * than two threads: with one, a re-import waited behind a suggestions task running to its deadline
   * (bench/README.md, "Heavy work").
   */
  WORKER_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(Math.max(2, Math.min(4, availableParallelism() - 1))),
  /**
   * Scheduling priority (nice, 0–19) of the worker pool's threads: with fewer cores than busy
   * threads, the thread that answers requests gets the CPU first and heavy work takes what is left
   * (ADR 014). 0 leaves them at the server's own priority.
   */
  WORKER_NICE: z.coerce.number().int().min(0).max(19).default(10),
  /** Heavy tasks waiting for a thread; beyond this a request is refused with 503. */
  WORKER_QUEUE_MAX: z.coerce.number().int().min(0).max(10_000).default(16),
  /** Deadline of one heavy task (suggestions, re-anchoring), waiting for a thread included. */
  TASK_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Heap of each worker thread; a task that needs more fails with 422, the server stays up. */
  WORKER_MAX_MEMORY_MB: z.coerce.number().int().min(32).max(8_192).default(512),
  /**
   * Longest article text kept, in UTF-16 code units after extraction (413 beyond); at most the
   * 2 MiB the API accepts in a request at all.
   */
  ARTICLE_MAX_CHARS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(MAX_ARTICLE_SOURCE_LENGTH)
    .default(MAX_ARTICLE_SOURCE_LENGTH),
  /** A new version longer than this is imported as a job the desk watches (202), not in the request. */
  JOB_THRESHOLD_CHARS: z.coerce.number().int().min(0).max(MAX_ARTICLE_SOURCE_LENGTH).default(200_000),
  /** Jobs waiting or running at once, all desks together; beyond this a request gets 429. */
  JOBS_MAX_PENDING: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Jobs one process runs at once (each takes a worker thread while it computes). */
  JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /** A job not finished this long after its request fails, writing nothing. */
  JOB_DEADLINE_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(600_000),
  /** How often an idle process looks for jobs enqueued by another process. */
  JOBS_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  /** A running job's lease; a process that died loses its job to another (or to its restart) after this. */
  JOB_LEASE_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  /**
   * Source watching (docs/decisions/021-source-watching.md): articles imported from a web address
   * and evidence links are checked again this often, in minutes; 0 turns the schedule off ("check
   * now" still works).
   */
  WATCH_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(366 * 24 * 60)
    .default(24 * 60),
  /** Scheduled checks waiting or running at once, all processes together; the rest wait for the next tick. */
  WATCH_BATCH_SIZE: z.coerce.number().int().min(1).max(1_000).default(10),
  /** Largest request body, in bytes (413 beyond); article imports have their own limit, room for 2 MiB of text. */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1_024).max(100_000_000).default(1_048_576),
  /** Deepest nesting of arrays and objects in a JSON body (400 beyond), checked before parsing. */
  JSON_MAX_DEPTH: z.coerce.number().int().min(2).max(1_000).default(32),
  /** The desk's name as the public ledger's publisher (ClaimReview author, Atom feed author). */
  PUBLIC_ORG_NAME: z.string().trim().min(1).max(200).default('Claimtrail desk'),
  /**
   * Whether readers may open the evidence snapshot a publication froze (ADR 020): `text` serves its
   * extracted text as inert plain text; `off` keeps snapshots for the desk (date and hash only).
   */
  PUBLIC_SNAPSHOTS: z.enum(['text', 'off']).default('text'),
  /** Where readers reach the ledger: absolute links in ClaimReview, Atom and Web Annotation use it. */
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  /** Memory for the public ledger's response cache (0 turns it off); see services/public/response-cache.ts. */
  PUBLIC_CACHE_MB: z.coerce.number().min(0).max(4_096).default(32),
  /** Memory for computed suggestions, per article version and extractor version; 0 turns it off. */
  SUGGESTIONS_CACHE_MB: z.coerce.number().min(0).max(4_096).default(64),
  /**
   * How far V8 lets the heap grow past what the last full collection kept before collecting again
   * (percent). V8's own heuristic (0 here) grows it up to 4× when collections are fast: the API's
   * live heap is ~40 MB, but a burst of 1 MB article pages piled ~200 MB of garbage before each
   * collection. At 50 the peak RSS under that load fell from 306 to 199 MB for no measurable
   * throughput (bench/README.md).
   */
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(300).default(50),
  /** How long shutdown waits for in-flight requests before forcing the exit. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
})

export type Config = z.infer<typeof ConfigSchema>

/**
 * Fastify's `trustProxy` for the parsed TRUST_PROXY. A hop count becomes a function of the hop's
 * position, as proxy-addr defines it: Fastify 5 answers a bare number by trusting no hop at all.
 */
export function fastifyTrustProxy(
  trust: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false) return false
  if ('hops' in trust) {
    const { hops } = trust
    return (_address, hop) => hop < hops
  }
  return trust.addresses
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = ConfigSchema.safeParse(env)
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || 'environment'} ${i.message}`)
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`)
  }
  return result.data
}

/** Whether this start should seed the demo data (when the database is empty). */
export function shouldSeedDemo(config: Config): boolean {
  if (config.SEED_DEMO === 'auto') return !config.DATABASE_URL
  return config.SEED_DEMO === 'true'
}
