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
      '/ledger/feed.atom': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
})
