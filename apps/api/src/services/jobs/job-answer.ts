import { type Job, JobSchema } from '@claimtrail/contracts'
import { z } from 'zod'

/**
 * A finished job's answer as JSON text, its result spliced in as the database returned it.
 *
 * A suggestions job's result is ~1,000 suggestions (about 1 MB of JSON). Answered the usual way,
 * the server's thread got it decoded into objects (on PGlite, parsed on the engine's thread and
 * copied across), copied again by the response schema, and serialised back: ~10 MB of garbage per
 * job, at the moment the heavy work's memory peaks (bench/README.md, "Heavy work", sixth step).
 * The result was the handler's own output, already in the contract's shape (suggestions-job tests
 * compare both answers), so the schema checks the job's other fields only. The database's JSON
 * text orders an object's keys its own way; clients read the same values.
 */
export function jobAnswerText(job: Job, resultJson: string): string {
  const envelope: Record<string, unknown> = { ...z.encode(JobSchema, { ...job, result: null } as Job) }
  delete envelope.result
  // The envelope's JSON ends with its closing brace; the result goes last, as in the schema.
  return `${JSON.stringify(envelope).slice(0, -1)},"result":${resultJson}}`
}
