import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router/dom'
import { sendToLogin } from '../features/auth/session-expiry.ts'
import { createQueryClient } from './query-client.ts'
import { createRouter } from './router.tsx'

function createApp() {
  const router = createRouter()
  const queryClient = createQueryClient({
    onUnauthorized: (error) => sendToLogin(router, queryClient, error),
  })
  return { router, queryClient }
}

export function App() {
  const [{ router, queryClient }] = useState(createApp)
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
