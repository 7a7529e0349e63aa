/**
 * How many leading items of a sorted list satisfy `isBefore` (which must hold for a prefix of the
 * list and fail for the rest): the index of the first item that does not. A binary search, so the
 * extractor's lookups by offset stay O(log n) and long texts stay linear overall.
 */
export function countBefore<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (isBefore(items[mid] as T)) lo = mid + 1
    else hi = mid
  }
  return lo
}
