import { ConflictError, InvalidError } from '../errors.ts'

/**
 * Optimistic concurrency (docs/design.md, "Concurrency"): every mutable record has a version; a write
 * names the version it read and a stale one is refused with the current state.
 */
export function etagOf(kind: string, id: string, version: number): string {
  return `"${kind}-${id}-v${version}"`
}

/**
 * The version a write was based on: from `If-Match` (an ETag this API issued) or from a `version`
 * field. Both present and disagreeing is a client bug, answered as such.
 */
export function expectedVersion(ifMatch: string | undefined, bodyVersion: number | undefined): number {
  let fromHeader: number | undefined
  if (ifMatch !== undefined) {
    const match = /^(?:W\/)?"[a-z_]+-[0-9a-f-]{36}-v(\d{1,9})"$/.exec(ifMatch.trim())
    if (!match?.[1]) throw new InvalidError('If-Match must be an ETag returned by this API')
    fromHeader = Number(match[1])
  }
  if (fromHeader !== undefined && bodyVersion !== undefined && fromHeader !== bodyVersion) {
    throw new InvalidError(`If-Match (version ${fromHeader}) and body version (${bodyVersion}) disagree`)
  }
  const version = fromHeader ?? bodyVersion
  if (version === undefined) {
    throw new ConflictError(
      'This write needs the version you read: send If-Match or a version field',
      undefined,
      428,
    )
  }
  return version
}

/** Throws a 409 carrying the current representation when `sent` is not the current version. */
export function assertVersion<T>(what: string, currentVersion: number, sent: number, current: () => T): void {
  if (currentVersion !== sent) {
    throw new ConflictError(
      `${what} was changed by someone else: you sent version ${sent}, the current version is ${currentVersion}. Reload it and re-apply your change.`,
      { current: current() },
    )
  }
}
