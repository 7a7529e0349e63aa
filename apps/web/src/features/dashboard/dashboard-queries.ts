import { DashboardSchema } from '@claimtrail/contracts'
import { queryOptions } from '@tanstack/react-query'
import { getJson } from '../../api/api-client.ts'

export const dashboardKeys = {
  all: ['dashboard'] as const,
}

export const dashboardQuery = () =>
  queryOptions({
    queryKey: dashboardKeys.all,
    queryFn: ({ signal }) => getJson('/dashboard', DashboardSchema, signal),
  })
