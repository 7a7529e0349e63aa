import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The API listens on :3000 in development; in production it serves this build itself (same origin),
// so the app only ever calls relative URLs.
const api = 'http://127.0.0.1:3000'

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': api,
      '/healthz': api,
      // The public ledger's pages are rendered by the API (from dist-ssr, rebuilt by `dev:ssr`).
      '/ledger': api,
      '/sitemap.xml': api,
      '/robots.txt': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The API reads it to link the ledger pages it renders to their stylesheets.
    manifest: true,
  },
})
