import type { PublicEntityPage, PublicEntityQuery } from '@claimtrail/contracts'
import { type Db, schema, type Tx } from '@claimtrail/db'
import { asc, desc, eq, sql } from 'drizzle-orm'
import { NotFoundError } from '../../../errors.ts'
import { createPublicClaimsQuery, mentions, recordedSummary, toVerdict } from '../public-claims-query.ts'
import type { PublicationRecord, RecordedEntity } from '../publication-record.ts'
import { inSnapshot } from './ledger-snapshot.ts'

const { entities, publishedClaims: pc } = schema

/** How far a merged duplicate's chain of merges is followed. */
const MAX_MERGE_HOPS = 5
/** How many of its responses an entity page lists. */
const MAX_RESPONSES = 200

/**
 * The entity as the most recently written record naming it has it; null when none does. The newest
 * record is found by its columns first and only that one record is opened: ordering the entity
 * cut out of each record would read every record naming a person in hundreds of claims.
 */
async function latestRecordedEntity(tx: Tx, id: string): Promise<RecordedEntity | null> {
  const newest = tx
    .select({ claimId: pc.claimId })
    .from(pc)
    .where(mentions(pc.mentionIds, id))
    .orderBy(desc(pc.recordedAt), asc(pc.claimId))
    .limit(1)
  const [row] = await tx
    .select({ entity: sql<RecordedEntity | null>`${pc.record} -> 'entities' -> ${id}::text` })
    .from(pc)
    .where(eq(pc.claimId, sql`(${newest})`))
  return row?.entity ?? null
}

/** The entity a public record names, following merges: a merged duplicate no record names any more answers as the entity that absorbed it. */
async function resolveNamed(tx: Tx, entityId: string): Promise<{ id: string; named: RecordedEntity }> {
  let id = entityId
  let named = await latestRecordedEntity(tx, id)
  for (let hops = 0; !named && hops < MAX_MERGE_HOPS; hops++) {
    const [row] = await tx
      .select({ mergedIntoId: entities.mergedIntoId })
      .from(entities)
      .where(eq(entities.id, id))
    if (!row?.mergedIntoId) break
    id = row.mergedIntoId
    named = await latestRecordedEntity(tx, id)
  }
  if (!named) throw new NotFoundError('Entity')
  return { id, named }
}

const byResponseId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * What the entity said in response to published claims, newest claim first: the records it
 * responded in are found by their responder column (GIN-indexed) and at most MAX_RESPONSES of them
 * are opened, however many records name it.
 */
async function responsesBy(tx: Tx, id: string): Promise<PublicEntityPage['responses']> {
  const keys = tx
    .select({ claimId: pc.claimId })
    .from(pc)
    .where(mentions(pc.responderIds, id))
    .orderBy(desc(pc.publishedAt), asc(pc.claimId))
    .limit(MAX_RESPONSES)
    .as('responded')
  const said = await tx
    .select({
      responses: sql<PublicationRecord['detail']['responses']>`${pc.record} -> 'detail' -> 'responses'`,
      summary: recordedSummary,
    })
    .from(keys)
    .innerJoin(pc, eq(pc.claimId, keys.claimId))
    .orderBy(desc(pc.publishedAt), asc(pc.claimId))
  return said
    .flatMap(({ responses, summary }) =>
      responses
        .filter((r) => r.entity.id === id)
        .sort(byResponseId)
        .map((r) => ({
          claim: { id: summary.id, headline: summary.headline, verdict: toVerdict(summary.verdict) },
          stance: r.stance,
          words: r.words,
          addressesPart: r.addressesPart,
        })),
    )
    .slice(0, MAX_RESPONSES)
}

/**
 * A person, organisation or outlet, with the public claims about and by it, all as published:
 * its name is the one the most recent record naming it carries, so an entity renamed by the
 * desk keeps its published name until an editor's correction takes the new one.
 */
export function createEntityPageReads(db: Db, baseUrl: string) {
  /**
   * The claims about and by it are each a page of the ledger's keyset order (limit capped by the
   * contract), each list on its own cursor: a person in hundreds of claims is read a page at a time.
   */
  async function entity(entityId: string, q: PublicEntityQuery = { limit: 50 }): Promise<PublicEntityPage> {
    return inSnapshot(db, async (tx) => {
      const { id, named } = await resolveNamed(tx, entityId)
      const query = createPublicClaimsQuery(tx, baseUrl)
      const about = await query.page(mentions(pc.subjectIds, id), q.limit, q.aboutCursor)
      const by = await query.page(mentions(pc.byIds, id), q.limit, q.byCursor)
      const responses = await responsesBy(tx, id)
      return {
        entity: {
          id: named.id,
          name: named.name,
          kind: named.kind,
          aliases: named.aliases,
          wikidataId: named.wikidataId,
        },
        about: about.items,
        aboutNextCursor: about.nextCursor,
        by: by.items,
        byNextCursor: by.nextCursor,
        responses,
      }
    })
  }

  return { entity }
}
