import { parentPort, workerData } from 'node:worker_threads'
import { htmlToText } from './html-to-text.ts'

// Runs one extraction off the main thread (see extract-text.ts) and reports its text.
parentPort?.postMessage(htmlToText(workerData as string))
