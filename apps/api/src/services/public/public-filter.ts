import { PUBLIC_CLAIM_STATUSES } from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { and, or, type SQL, sql } from 'drizzle-orm'

const { claims, claimSubjects, articles, attributionChains, chainHops, responses } = schema

/**
 * THE filter of the public ledger: a reader sees published, corrected and retracted claims and
 * nothing else (docs/design.md). Every query of services/public goes through it: lists, counts, single
 * claims, related claims, feeds, and the entities a claim may mention.
 */
export function publicClaimsOnly(): SQL {
  // Literals, not parameters: the partial indexes on public claims (WHERE status IN (…)) apply only
  // when the planner can prove the query implies their predicate, which it cannot do with
  // parameters under a prepared statement's generic plan.
  return sql`${claims.status} in (${sql.raw(PUBLIC_STATUS_LIST)})`
}

const PUBLIC_STATUS_LIST = PUBLIC_CLAIM_STATUSES.map((s) => `'${s}'`).join(', ')

/**
 * An entity is public only through a public claim: as its subject, claimant, a hop of a chain, a
 * responder, or the outlet of its article. An entity known only from drafts does not exist here.
 */
export function entityAppearsInPublicClaim(entityId: string): SQL {
  const publicClaimWhere = (...conditions: SQL[]) =>
    sql`exists (select 1 from ${claims} where ${and(publicClaimsOnly(), ...conditions)})`
  return or(
    publicClaimWhere(sql`${claims.claimantId} = ${entityId}`),
    publicClaimWhere(
      sql`exists (select 1 from ${claimSubjects} where ${claimSubjects.claimId} = ${claims.id} and ${claimSubjects.entityId} = ${entityId})`,
    ),
    publicClaimWhere(
      sql`exists (select 1 from ${articles} where ${articles.id} = ${claims.articleId} and ${articles.outletId} = ${entityId})`,
    ),
    publicClaimWhere(
      sql`exists (select 1 from ${responses} where ${responses.claimId} = ${claims.id} and ${responses.entityId} = ${entityId})`,
    ),
    publicClaimWhere(
      sql`exists (select 1 from ${chainHops} join ${attributionChains} on ${attributionChains.id} = ${chainHops.chainId} where ${attributionChains.claimId} = ${claims.id} and ${chainHops.entityId} = ${entityId})`,
    ),
  ) as SQL
}
