import { createBrowserRouter, Navigate } from 'react-router'
import { LoadingState } from '../ui/loading-state.tsx'
import { NotFoundPage } from './not-found-page.tsx'
import { RootLayout } from './root-layout.tsx'
import { RouteErrorPage } from './route-error-page.tsx'

export function createRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <RootLayout />,
      // Shown on first load while the matched page's code arrives.
      hydrateFallbackElement: <LoadingState label="Loading Claimtrail…" />,
      children: [
        {
          // Errors render inside the layout, so the header and navigation stay usable.
          errorElement: <RouteErrorPage />,
          children: [
            { index: true, element: <Navigate to="/articles" replace /> },
            // Pages load on demand, so the shell paints before the feature code has arrived.
            {
              path: 'articles',
              lazy: async () => ({
                Component: (await import('../features/articles/article-list-page.tsx')).ArticleListPage,
              }),
            },
            {
              path: 'articles/:articleId',
              lazy: async () => ({
                Component: (await import('../features/articles/article-reader-page.tsx')).ArticleReaderPage,
              }),
            },
            {
              path: 'login',
              lazy: async () => ({
                Component: (await import('../features/auth/login-page.tsx')).LoginPage,
              }),
            },
            {
              path: 'admin',
              lazy: async () => ({
                Component: (await import('../features/auth/require-role.tsx')).RequireAdmin,
              }),
              children: [
                { index: true, element: <Navigate to="/admin/users" replace /> },
                {
                  path: 'users',
                  lazy: async () => ({
                    Component: (await import('../features/users/users-page.tsx')).UsersPage,
                  }),
                },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ])
}
