import { z } from 'zod'
import './styles.css'

// The API's Content-Security-Policy forbids eval, so zod's compiled parsers are unavailable anyway;
// saying so up front skips zod's `new Function` probe, which a strict CSP reports as a violation.
z.config({ jitless: true })

/** Resolves in a task of its own: the browser paints and takes input in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Reads the browser's locale data as the accessible components do when their module loads
 * (react-aria's default locale: supported locales, then the script, for the text direction). The
 * first use of the ICU data costs 30–50 ms of the main thread, once.
 */
function warmLocaleData() {
  try {
    const [locale = 'en-US'] = Intl.DateTimeFormat.supportedLocalesOf([navigator.language])
    new Intl.Locale(locale).maximize()
  } catch {
    // An unknown locale: the components fall back to en-US themselves.
  }
}

/**
 * The contracts' modules, each a chunk of its own: their zod schemas are built when a module is
 * evaluated, and all of them together took 80 ms of the main thread on the CI machine.
 */
const contractModules = import.meta.glob([
  '../../../packages/contracts/src/*.ts',
  '!../../../packages/contracts/src/*.test.ts',
  // The barrel imports every module: loaded on its own it would evaluate them all in one task.
  '!../../../packages/contracts/src/index.ts',
])

/**
 * The app starts in steps rather than one task. A module graph is evaluated in a single task, and
 * the whole app's took 100–130 ms on the CI machine: the contracts' zod schemas, the ICU data, then
 * React and the rest. The contracts load in parallel and are evaluated as each arrives (a task per
 * dynamic import), then the locale data is read, then the app mounts: each step is under the 50 ms
 * a task may take before the page stops answering (docs/design.md, "the browser's main thread").
 */
async function start() {
  await Promise.all(Object.values(contractModules).map((load) => load()))
  await nextTask()
  warmLocaleData()
  await nextTask()
  const { mount } = await import('./app/mount.tsx')
  mount()
}

start().catch((error: unknown) => {
  // A chunk that did not arrive (a deploy replaced it, the network dropped): say so, not a blank page.
  const root = document.getElementById('root')
  if (root) {
    root.setAttribute('role', 'alert')
    root.textContent = 'Claimtrail could not load. Check your connection and reload the page.'
  }
  throw error
})
