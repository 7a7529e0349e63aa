import { DashboardSchema } from '@claimtrail/contracts'
import { queryOptions } from '@tanstack/react-query'
import { api, read } from '../../api/api-client.ts'

export const dashboardKeys = {
  all: ['dashboard'] as const,
}

export const dashboardQuery = () =>
  queryOptions({
    queryKey: dashboardKeys.all,
    queryFn: ({ signal }) => read(api.GET('/api/v1/dashboard', { signal }), DashboardSchema),
  })
