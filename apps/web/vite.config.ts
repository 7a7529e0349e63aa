import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The API listens on :3000 in development; in production it serves this build itself (same origin),
// so the app only ever calls relative URLs.
const api = 'http://127.0.0.1:3000'

export default defineConfig(({ isSsrBuild }) => ({
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
  // The ledger pages' server renderer (`build:ssr`) carries its dependencies: the API loads it from
  // dist-ssr without the web app's node_modules (the Docker image installs only the API's).
  ssr: { noExternal: true },
  // …in their production form: the API does not set NODE_ENV, and React's development build renders
  // several times slower.
  ...(isSsrBuild ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The API reads it to link the ledger pages it renders to their stylesheets.
    manifest: true,
  },
}))
