import type { ChainInput, ClaimDetail, ReorderChains } from '@claimtrail/contracts'
import { appendEvent, type Db, schema, type Tx } from '@claimtrail/db'
import { asc, eq, max } from 'drizzle-orm'
import { InvalidError, NotFoundError } from '../../errors.ts'
import type { Actor } from '../actor.ts'
import { assertVersion, expectedVersion } from '../concurrency.ts'
import { assertClaimVersion, lockClaim, touchClaim } from './claim-locks.ts'
import { assertSpan, claimText } from './claim-text.ts'
import { loadClaimDetail } from './claim-view.ts'
import { assertEditable } from './editing-rules.ts'
import { syncComputedGrade } from './grade-sync.ts'
import { assertEntities } from './references.ts'

const { attributionChains, chainHops } = schema

type HopRow = typeof chainHops.$inferSelect

/** Whether `input` would write back exactly the hops stored, in the same order. */
function sameHops(stored: readonly HopRow[], input: ChainInput): boolean {
  return (
    stored.length === input.hops.length &&
    input.hops.every((h, i) => {
      const s = stored[i]
      return (
        s !== undefined &&
        s.entityId === h.entityId &&
        s.role === h.role &&
        s.named === h.named &&
        s.onRecord === h.onRecord &&
        s.access === h.access &&
        s.anonymityReasonGiven === h.anonymityReasonGiven &&
        s.cue === (h.cue ?? null) &&
        s.cueStart === (h.cueStart ?? null) &&
        s.cueEnd === (h.cueEnd ?? null)
      )
    })
  )
}

/** Attribution chains: the ordered hops by which a claim reached the article, origin first. */
export function createClaimSourcingService({ db }: { db: Db }) {
  async function validateHops(tx: Tx, articleVersionId: string, input: ChainInput) {
    await assertEntities(
      tx,
      'hops.entityId',
      input.hops.map((h) => h.entityId),
    )
    const text = await claimText(tx, articleVersionId)
    input.hops.forEach((hop, i) => {
      assertSpan(text, `hops.${i}.cueStart`, hop.cueStart, hop.cueEnd, hop.cue)
    })
    if (input.hops[0]?.role !== 'origin') throw new InvalidError('hops.0.role: a chain starts at its origin')
    if (input.hops.slice(1).some((h) => h.role === 'origin')) {
      throw new InvalidError('hops: only the first hop is the origin')
    }
  }

  async function writeHops(tx: Tx, chainId: string, input: ChainInput) {
    await tx.delete(chainHops).where(eq(chainHops.chainId, chainId))
    return tx
      .insert(chainHops)
      .values(
        input.hops.map((h, position) => ({
          chainId,
          position,
          entityId: h.entityId,
          role: h.role,
          named: h.named,
          onRecord: h.onRecord,
          access: h.access,
          anonymityReasonGiven: h.anonymityReasonGiven,
          cue: h.cue ?? null,
          cueStart: h.cueStart ?? null,
          cueEnd: h.cueEnd ?? null,
        })),
      )
      .returning()
  }

  async function finish(tx: Tx, actor: Actor, claimId: string, version: number): Promise<ClaimDetail> {
    await touchClaim(tx, claimId, version)
    const detail = await loadClaimDetail(tx, claimId, actor.role)
    if (!detail) throw new NotFoundError('Claim')
    return syncComputedGrade(tx, detail)
  }

  async function chainOf(tx: Tx, chainId: string) {
    const [chain] = await tx.select().from(attributionChains).where(eq(attributionChains.id, chainId))
    if (!chain) throw new NotFoundError('Attribution chain')
    return chain
  }

  return {
    async addChain(actor: Actor, claimId: string, input: ChainInput): Promise<ClaimDetail> {
      return db.transaction(async (tx) => {
        const claim = await lockClaim(tx, claimId)
        assertEditable(actor, claim.status)
        await validateHops(tx, claim.articleVersionId, input)
        const [last] = await tx
          .select({ position: max(attributionChains.position) })
          .from(attributionChains)
          .where(eq(attributionChains.claimId, claimId))
        const [chain] = await tx
          .insert(attributionChains)
          .values({ claimId, position: (last?.position ?? -1) + 1 })
          .returning()
        if (!chain) throw new Error('chain insert returned nothing')
        const hops = await writeHops(tx, chain.id, input)
        await appendEvent(tx, {
          actorId: actor.id,
          action: 'claim.chain_added',
          subjectType: 'attribution_chain',
          subjectId: chain.id,
          claimId,
          after: { ...chain, hops },
          requestId: actor.requestId,
        })
        return finish(tx, actor, claimId, claim.version)
      })
    },

    async replaceChain(
      actor: Actor,
      chainId: string,
      input: ChainInput,
      ifMatch?: string,
    ): Promise<ClaimDetail> {
      const sent = expectedVersion(ifMatch, input.version)
      return db.transaction(async (tx) => {
        const { claimId } = await chainOf(tx, chainId)
        const claim = await lockClaim(tx, claimId)
        const chain = await chainOf(tx, chainId)
        const before = await tx
          .select()
          .from(chainHops)
          .where(eq(chainHops.chainId, chainId))
          .orderBy(asc(chainHops.position))
        assertVersion('The attribution chain', chain.version, sent, () => ({ ...chain, hops: before }))
        assertEditable(actor, claim.status)
        await validateHops(tx, claim.articleVersionId, input)
        // Saving a chain as it was is no change: no new version, no event, nothing for the editor's
        // "changed since you last looked" to show (docs/design.md, "Event": every change is one row).
        if (sameHops(before, input)) {
          const detail = await loadClaimDetail(tx, claimId, actor.role)
          if (!detail) throw new NotFoundError('Claim')
          return detail
        }
        const hops = await writeHops(tx, chainId, input)
        const [updated] = await tx
          .update(attributionChains)
          .set({ version: chain.version + 1, updatedAt: new Date() })
          .where(eq(attributionChains.id, chainId))
          .returning()
        await appendEvent(tx, {
          actorId: actor.id,
          action: 'claim.chain_updated',
          subjectType: 'attribution_chain',
          subjectId: chainId,
          claimId,
          before: { ...chain, hops: before },
          after: { ...updated, hops },
          requestId: actor.requestId,
        })
        return finish(tx, actor, claimId, claim.version)
      })
    },

    async removeChain(actor: Actor, chainId: string, sentVersion: number | undefined, ifMatch?: string) {
      const sent = expectedVersion(ifMatch, sentVersion)
      return db.transaction(async (tx) => {
        const { claimId } = await chainOf(tx, chainId)
        const claim = await lockClaim(tx, claimId)
        const chain = await chainOf(tx, chainId)
        assertVersion('The attribution chain', chain.version, sent, () => chain)
        assertEditable(actor, claim.status)
        const hops = await tx.select().from(chainHops).where(eq(chainHops.chainId, chainId))
        await tx.delete(attributionChains).where(eq(attributionChains.id, chainId))
        await appendEvent(tx, {
          actorId: actor.id,
          action: 'claim.chain_removed',
          subjectType: 'attribution_chain',
          subjectId: chainId,
          claimId,
          before: { ...chain, hops },
          requestId: actor.requestId,
        })
        return finish(tx, actor, claimId, claim.version)
      })
    },

    /** Reorders the claim's chains; the list must name each of them exactly once. */
    async reorderChains(actor: Actor, claimId: string, input: ReorderChains, ifMatch?: string) {
      const sent = expectedVersion(ifMatch, input.version)
      return db.transaction(async (tx) => {
        const claim = await lockClaim(tx, claimId)
        await assertClaimVersion(tx, claim, sent, actor.role)
        assertEditable(actor, claim.status)
        const chains = await tx
          .select()
          .from(attributionChains)
          .where(eq(attributionChains.claimId, claimId))
          .orderBy(asc(attributionChains.position))
        const known = new Set(chains.map((c) => c.id))
        if (
          input.chainIds.length !== known.size ||
          new Set(input.chainIds).size !== known.size ||
          !input.chainIds.every((id) => known.has(id))
        ) {
          throw new InvalidError('chainIds: list every chain of the claim exactly once')
        }
        // Two passes keep (claim, position) unique at every step: first above every current
        // position, then into place.
        const base = Math.max(...chains.map((c) => c.position)) + 1
        for (const [i, id] of input.chainIds.entries()) {
          await tx
            .update(attributionChains)
            .set({ position: base + i })
            .where(eq(attributionChains.id, id))
        }
        for (const [i, id] of input.chainIds.entries()) {
          await tx
            .update(attributionChains)
            .set({
              position: i,
              version: (chains.find((c) => c.id === id)?.version ?? 0) + 1,
              updatedAt: new Date(),
            })
            .where(eq(attributionChains.id, id))
        }
        await appendEvent(tx, {
          actorId: actor.id,
          action: 'claim.chains_reordered',
          subjectType: 'claim',
          subjectId: claimId,
          claimId,
          before: { chainIds: chains.map((c) => c.id) },
          after: { chainIds: input.chainIds },
          requestId: actor.requestId,
        })
        return finish(tx, actor, claimId, claim.version)
      })
    },
  }
}

export type ClaimSourcingService = ReturnType<typeof createClaimSourcingService>
