import type { Anchor } from '@claimtrail/contracts'

/**
 * How a claim fared between an earlier version of the text and the current one, read from the
 * texts themselves (the API answers counts per import, not per claim): at the same place, moved
 * (the same words elsewhere), changed (re-anchored on edited words, fuzzily), or orphaned.
 */
export type AnchorFate = 'same' | 'moved' | 'changed' | 'orphaned'

export const FATE_LABELS: Record<AnchorFate, string> = {
  same: 'Same place',
  moved: 'Moved',
  changed: 'Words changed',
  orphaned: 'Orphaned',
}

export function anchorFate(
  previousBody: string,
  anchor: Pick<Anchor, 'start' | 'end' | 'exact' | 'orphaned'>,
): AnchorFate {
  if (anchor.orphaned) return 'orphaned'
  if (previousBody.slice(anchor.start, anchor.end) === anchor.exact) return 'same'
  if (anchor.exact !== '' && previousBody.includes(anchor.exact)) return 'moved'
  return 'changed'
}

/** The fates of many claims, counted per fate. */
export function countFates(fates: readonly AnchorFate[]): Record<AnchorFate, number> {
  const counts: Record<AnchorFate, number> = { same: 0, moved: 0, changed: 0, orphaned: 0 }
  for (const fate of fates) counts[fate]++
  return counts
}
