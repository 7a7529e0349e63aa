/** How long a claim has waited, in the largest whole unit ("3 days", "1 hour", "under a minute"). */
export function waitingTime(since: string, now: number = Date.now()): string {
  const minutes = Math.floor((now - Date.parse(since)) / 60_000)
  if (!Number.isFinite(minutes) || minutes < 1) return 'under a minute'
  const units: [number, string][] = [
    [60 * 24, 'day'],
    [60, 'hour'],
    [1, 'minute'],
  ]
  for (const [size, unit] of units) {
    const n = Math.floor(minutes / size)
    if (n >= 1) return `${n} ${unit}${n === 1 ? '' : 's'}`
  }
  return 'under a minute'
}
