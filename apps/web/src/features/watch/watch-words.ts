import type { Job, SourceWatchChange, WatchCheckResult, WatchedSource } from '@claimtrail/contracts'

/** What a change means, in the desk's words. */
export function changeWords(change: SourceWatchChange): string {
  if (change.kind === 'dead') return `Gone${change.httpStatus ? ` (HTTP ${change.httpStatus})` : ''}`
  const version = change.articleVersionNumber ? `: now version ${change.articleVersionNumber}` : ''
  if (change.kind === 'recovered') return `Answers again${version}`
  return `Text changed${version}`
}

export function statusWords(source: WatchedSource): string {
  if (source.lastStatus === 'dead')
    return `Gone${source.lastHttpStatus ? ` (HTTP ${source.lastHttpStatus})` : ''}`
  if (source.lastStatus === 'alive') return 'Online'
  return 'Not checked yet'
}

const OUTCOMES: Record<WatchCheckResult['outcome'], string> = {
  baseline: 'Checked: its text is recorded for the next checks.',
  unchanged: 'Checked: nothing changed.',
  changed: 'Checked: the text changed.',
  dead: 'Checked: the page is gone.',
  recovered: 'Checked: the page answers again.',
}

/** What a finished check job found, or why it failed. */
export function checkOutcomeWords(job: Job): string {
  if (job.status === 'failed') return `The check failed: ${job.error?.message ?? 'no reason given'}`
  const result = job.result && 'outcome' in job.result ? job.result : null
  return result ? OUTCOMES[result.outcome] : 'Checked.'
}

/** A diff line's role, from its first character (unified diff). */
export function diffLineKind(line: string): 'added' | 'removed' | 'hunk' | 'context' {
  if (line.startsWith('@@')) return 'hunk'
  if (line.startsWith('+')) return 'added'
  if (line.startsWith('-')) return 'removed'
  return 'context'
}
