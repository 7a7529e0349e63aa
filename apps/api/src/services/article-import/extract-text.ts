import { Worker } from 'node:worker_threads'
import { UnprocessableError } from '../../errors.ts'

export interface ExtractLimits {
  /** Longest an extraction may run before it is stopped (start-up of the worker not counted). */
  timeoutMs: number
}

/** Set by the compiled server's build (scripts/build.ts) to the bundle's own location. */
declare const CLAIMTRAIL_BUNDLE_URL: string | undefined

// The compiled server carries the worker beside itself; from source, the .mjs next to this file
// loads the TypeScript through tsx.
const WORKER_URL =
  typeof CLAIMTRAIL_BUNDLE_URL === 'string'
    ? new URL('./html-to-text-worker.mjs', CLAIMTRAIL_BUNDLE_URL)
    : new URL('./html-to-text-worker.mjs', import.meta.url)

// A worker that cannot even load its modules in this long is broken, not busy.
const STARTUP_LIMIT_MS = 30_000

/**
 * The main text of an HTML page (htmlToText), extracted in a worker thread that is stopped after
 * `timeoutMs`. Readability on linkedom slows down steeply on some shapes of markup (a few thousand
 * nested elements take minutes), so a small hostile page must cost a bounded slice of one thread,
 * never the event loop that serves everyone else.
 */
export function extractText(html: string, limits: ExtractLimits): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    })
    let settled = false
    let timer = setTimeout(
      () => finish(() => reject(new Error('the text extraction worker did not start'))),
      STARTUP_LIMIT_MS,
    )
    const finish = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      outcome()
    }
    worker.on('message', (message: { ready: true } | { text: string }) => {
      if ('text' in message) return finish(() => resolve(message.text))
      clearTimeout(timer)
      timer = setTimeout(() => finish(() => reject(timedOut(limits))), limits.timeoutMs)
      worker.postMessage(html)
    })
    worker.once('error', (error) =>
      finish(() =>
        reject(
          (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new UnprocessableError(
                'The page’s markup is too large to extract its text',
                undefined,
                'TOO_LARGE',
              )
            : error,
        ),
      ),
    )
    worker.once('exit', (code) =>
      finish(() => reject(new Error(`text extraction worker exited with code ${code} before answering`))),
    )
  })
}

function timedOut(limits: ExtractLimits): UnprocessableError {
  return new UnprocessableError(
    `The page’s text could not be extracted within ${limits.timeoutMs} ms; its markup is too complex`,
    undefined,
    'EXTRACTION_TIMEOUT',
  )
}
