/**
 * The row a key moves to in a feed (WAI-ARIA feed pattern, plus the arrows): one row with the
 * arrows, a screenful (`page` rows) with Page Up / Down, the ends with Home / End. Null: not a
 * feed key. The caller clamps the result to the rows there are.
 */
export function feedTarget(key: string, index: number, page: number, last: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return index + 1
    case 'ArrowUp':
      return index - 1
    case 'PageDown':
      return index + page
    case 'PageUp':
      return index - page
    case 'Home':
      return 0
    case 'End':
      return last
    default:
      return null
  }
}
