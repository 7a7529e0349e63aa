/**
 * The one password rule (packages/core `passwordProblem`), loaded when a password is first set.
 * Its dictionaries (common passwords, English words and names) are ~11 MB of the heap once
 * imported and ~13 MB more once the estimator is built; imported with the server, they were a
 * sixth of the main thread's live heap on every server, most of which never sets a password. The
 * heap is let grow in proportion to what is live (HEAP_GROWING_PERCENT), so they also raised every
 * peak of the heavy work (bench/README.md, "Heavy work", sixth step). The first password set by a
 * process waits for the import (~0.1–0.5 s) once.
 */
export async function passwordProblem(password: string, context: readonly string[]): Promise<string | null> {
  const rule = await import('@claimtrail/core/passwords')
  return rule.passwordProblem(password, context)
}
