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
              // The fact-checker's desk: work queues and the article workspace.
              path: 'desk',
              lazy: async () => ({
                Component: (await import('../features/auth/require-role.tsx')).RequireDesk,
              }),
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('../features/workspace/desk-page.tsx')).DeskPage,
                  }),
                },
                {
                  path: 'articles/:articleId',
                  lazy: async () => ({
                    Component: (await import('../features/workspace/workspace-page.tsx')).WorkspacePage,
                  }),
                },
                {
                  // A claim known only by its id (the dashboard): opens it in its article's workspace.
                  path: 'claims/:claimId',
                  lazy: async () => ({
                    Component: (await import('../features/dashboard/open-claim-page.tsx')).OpenClaimPage,
                  }),
                },
              ],
            },
            {
              // The editors' overview: counts, overdue reply requests, time to publish.
              path: 'dashboard',
              lazy: async () => ({
                Component: (await import('../features/auth/require-role.tsx')).RequireEditor,
              }),
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('../features/dashboard/dashboard-page.tsx')).DashboardPage,
                  }),
                },
              ],
            },
            {
              // Sources watched: imported articles and evidence links re-checked on a schedule.
              path: 'watch',
              lazy: async () => ({
                Component: (await import('../features/auth/require-role.tsx')).RequireEditor,
              }),
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('../features/watch/watch-page.tsx')).WatchPage,
                  }),
                },
              ],
            },
            {
              // The editors' review: the queue of claims in review and the review screen of one.
              path: 'review',
              lazy: async () => ({
                Component: (await import('../features/auth/require-role.tsx')).RequireEditor,
              }),
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('../features/review/review-queue-page.tsx')).ReviewQueuePage,
                  }),
                },
                {
                  path: 'claims/:claimId',
                  lazy: async () => ({
                    Component: (await import('../features/review/review-claim-page.tsx')).ReviewClaimPage,
                  }),
                },
              ],
            },
            {
              // The public claim ledger: no login, its own chunks (see features/ledger).
              path: 'ledger',
              children: [
                {
                  index: true,
                  lazy: async () => ({
                    Component: (await import('../features/ledger/ledger-list-page.tsx')).LedgerListPage,
                  }),
                },
                {
                  path: 'claims/:claimId',
                  lazy: async () => ({
                    Component: (await import('../features/ledger/ledger-claim-page.tsx')).LedgerClaimPage,
                  }),
                },
                ...['people/:entityId', 'outlets/:entityId'].map((path) => ({
                  path,
                  lazy: async () => ({
                    Component: (await import('../features/ledger/ledger-entity-page.tsx')).LedgerEntityPage,
                  }),
                })),
                {
                  path: 'methodology',
                  lazy: async () => ({
                    Component: (await import('../features/ledger/methodology-page.tsx')).MethodologyPage,
                  }),
                },
              ],
            },
            {
              path: 'login',
              lazy: async () => ({
                Component: (await import('../features/auth/login-page.tsx')).LoginPage,
              }),
            },
            {
              path: 'account',
              lazy: async () => ({
                Component: (await import('../features/auth/require-role.tsx')).RequireDesk,
              }),
              children: [
                {
                  path: 'password',
                  lazy: async () => ({
                    Component: (await import('../features/account/change-password-page.tsx'))
                      .ChangePasswordPage,
                  }),
                },
              ],
            },
            {
              path: 'reset-password',
              lazy: async () => ({
                Component: (await import('../features/account/reset-password-page.tsx')).ResetPasswordPage,
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
                {
                  path: 'rating-scales',
                  lazy: async () => ({
                    Component: (await import('../features/rating-scales/rating-scales-page.tsx'))
                      .RatingScalesPage,
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
