import type { ImportedVersion } from '@claimtrail/contracts'

/** What an import of new article text did, for the workspace's status line. */
export function importedSummary(imported: ImportedVersion): string {
  if (!imported.created) return `The text is the same as version ${imported.version.number}: nothing changed.`
  const { position, moved, fuzzy, orphaned } = imported.reanchored
  return `Version ${imported.version.number} imported. Claims: ${position} at the same place, ${moved} moved, ${fuzzy} matched approximately, ${orphaned} orphaned.`
}
