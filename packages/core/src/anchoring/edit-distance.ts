/** A span of text and its Levenshtein distance (in UTF-16 code units) from the pattern sought. */
export interface ApproximateMatch {
  start: number
  end: number
  errors: number
}

/** Levenshtein distance counted in UTF-16 code units, matching how offsets are counted. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  let current = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1)
      current[j] = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[b.length] ?? 0
}

/**
 * The substring of `text[from, to)` closest to `pattern` by edit distance (Sellers' approximate
 * substring search: the match may start and end anywhere in the window).
 *
 * Bitap only tells us roughly where a quote starts; this gives exact boundaries and an exact
 * error count, which is what the error bound is checked against.
 */
export function closestSubstring(pattern: string, text: string, from: number, to: number): ApproximateMatch {
  const n = to - from
  const m = pattern.length
  // cost[j] / origin[j]: best cost of aligning the pattern so far ending at window column j, and
  // the column where that alignment started.
  let row: Row = { cost: new Int32Array(n + 1), origin: Int32Array.from({ length: n + 1 }, (_, j) => j) }
  let next: Row = { cost: new Int32Array(n + 1), origin: new Int32Array(n + 1) }
  for (let i = 1; i <= m; i++) {
    alignRow(i, pattern.charCodeAt(i - 1), text, from, row, next)
    ;[row, next] = [next, row]
  }
  return closestEnd(row, from, n, m)
}

/** One row of the alignment table: cost and origin per window column. */
interface Row {
  cost: Int32Array
  origin: Int32Array
}

/** Fills `next`, the row for pattern character i (code p), from `row`, the row before it. */
function alignRow(i: number, p: number, text: string, from: number, row: Row, next: Row): void {
  const { cost, origin } = row
  const { cost: nextCost, origin: nextOrigin } = next
  nextCost[0] = i
  nextOrigin[0] = 0
  for (let j = 1; j < nextCost.length; j++) {
    const diagonal = (cost[j - 1] ?? 0) + (p === text.charCodeAt(from + j - 1) ? 0 : 1)
    const skipPattern = (cost[j] ?? 0) + 1
    const skipText = (nextCost[j - 1] ?? 0) + 1
    // Prefer the diagonal on ties so spans stay as close to the pattern's length as possible.
    if (diagonal <= skipPattern && diagonal <= skipText) {
      nextCost[j] = diagonal
      nextOrigin[j] = origin[j - 1] ?? 0
    } else if (skipPattern <= skipText) {
      nextCost[j] = skipPattern
      nextOrigin[j] = origin[j] ?? 0
    } else {
      nextCost[j] = skipText
      nextOrigin[j] = nextOrigin[j - 1] ?? 0
    }
  }
}

/** The fewest errors over the last row; on ties the span whose length is closest to the pattern's. */
function closestEnd({ cost, origin }: Row, from: number, n: number, m: number): ApproximateMatch {
  let best: ApproximateMatch = { start: from, end: from, errors: m }
  let bestLengthGap = m
  for (let j = 0; j <= n; j++) {
    const errors = cost[j] ?? m
    const start = origin[j] ?? 0
    const lengthGap = Math.abs(j - start - m)
    if (errors < best.errors || (errors === best.errors && lengthGap < bestLengthGap)) {
      best = { start: from + start, end: from + j, errors }
      bestLengthGap = lengthGap
    }
  }
  return best
}
