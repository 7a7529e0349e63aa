import {
  CLAIM_STATUSES,
  type ClaimStatus,
  type Dashboard,
  SOURCING_GRADES,
  SUGGESTION_TYPES,
  type SuggestionType,
} from '@claimtrail/contracts'

export type GradeKey = keyof Dashboard['byGrade']

export interface CountRow<K extends string> {
  key: K
  count: number
  /** Share of the total, 0–1 (0 when there is nothing to share). */
  share: number
}

function rows<K extends string>(keys: readonly K[], counts: Partial<Record<K, number>>): CountRow<K>[] {
  const total = keys.reduce((sum, key) => sum + (counts[key] ?? 0), 0)
  return keys.map((key) => {
    const count = counts[key] ?? 0
    return { key, count, share: total === 0 ? 0 : count / total }
  })
}

/** Every status in workflow order, zero counts included: a missing row would read as "unknown". */
export const statusRows = (byStatus: Dashboard['byStatus']): CountRow<ClaimStatus>[] =>
  rows(CLAIM_STATUSES, byStatus)

/** S1 (strongest) to S6, then the claims not graded yet. */
export const gradeRows = (byGrade: Dashboard['byGrade']): CountRow<GradeKey>[] =>
  rows([...SOURCING_GRADES, 'ungraded'] as const, byGrade)

export const totalOf = (counts: Record<string, number>) =>
  Object.values(counts).reduce((sum, n) => sum + n, 0)

const one = new Intl.NumberFormat('en', { maximumFractionDigits: 1 })

/** A duration given in hours, in the unit a person would use for it. */
export function formatHours(hours: number | null): string {
  if (hours === null || !Number.isFinite(hours)) return '—'
  if (hours < 1) {
    const minutes = Math.max(0, Math.round(hours * 60))
    return minutes === 1 ? '1 minute' : `${minutes} minutes`
  }
  if (hours < 48) return hours === 1 ? '1 hour' : `${one.format(hours)} hours`
  return `${one.format(hours / 24)} days`
}

/** How long ago a deadline passed, in whole days (or hours under a day). */
export function overdueBy(deadline: string, now: number = Date.now()): string {
  const hours = (now - Date.parse(deadline)) / 3_600_000
  if (!Number.isFinite(hours) || hours <= 0) return 'due now'
  if (hours < 24) {
    const h = Math.max(1, Math.floor(hours))
    return h === 1 ? '1 hour' : `${h} hours`
  }
  const days = Math.floor(hours / 24)
  return days === 1 ? '1 day' : `${days} days`
}

export const SUGGESTION_TYPE_LABELS: Record<SuggestionType, string> = {
  quote: 'Quotes',
  relay: 'Relays',
  response: 'Responses',
  hedge: 'Hedges',
  source_kind: 'Source kinds',
}

export interface PrecisionRow {
  type: SuggestionType
  extractorVersion: string
  decided: number
  right: number
  acceptedAsIs: number
  precision: number
  firstWeek: string
  lastWeek: string
}

/** Weekly rows summed per type and extractor version: types in a fixed order, newest version first. */
export function precisionByType(rows: Dashboard['suggestionPrecision']): PrecisionRow[] {
  const sums = new Map<string, PrecisionRow>()
  for (const r of rows) {
    const key = `${r.type}\u0000${r.extractorVersion}`
    const sum = sums.get(key) ?? {
      type: r.type,
      extractorVersion: r.extractorVersion,
      decided: 0,
      right: 0,
      acceptedAsIs: 0,
      precision: 0,
      firstWeek: r.week,
      lastWeek: r.week,
    }
    sum.decided += r.decided
    sum.right += r.right
    sum.acceptedAsIs += r.acceptedAsIs
    if (r.week < sum.firstWeek) sum.firstWeek = r.week
    if (r.week > sum.lastWeek) sum.lastWeek = r.week
    sums.set(key, sum)
  }
  return [...sums.values()]
    .map((s) => ({ ...s, precision: s.decided === 0 ? 0 : s.right / s.decided }))
    .sort(
      (a, b) =>
        SUGGESTION_TYPES.indexOf(a.type) - SUGGESTION_TYPES.indexOf(b.type) ||
        b.extractorVersion.localeCompare(a.extractorVersion),
    )
}
