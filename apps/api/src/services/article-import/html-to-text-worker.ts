import { parentPort } from 'node:worker_threads'
import { htmlToText } from './html-to-text.ts'

// One extraction off the main thread (see extract-text.ts): say when loaded, so that the time
// limit counts the extraction and not the start-up, then answer the page sent.
parentPort?.once('message', (html: string) => parentPort?.postMessage({ text: htmlToText(html) }))
parentPort?.postMessage({ ready: true })
