import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app.tsx'

/**
 * Renders the app into the page's #root. As a transition: the first render (the router, the layout,
 * the page's first query) is then done a few milliseconds at a time instead of in one task of
 * 60–100 ms (docs/design.md, "the browser's main thread").
 */
export function mount() {
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  const reactRoot = createRoot(root)
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )
}
