import type { CLAIM_KINDS, HOP_ACCESS, HOP_ROLES } from '@claimtrail/contracts'
import * as words from '../vocabulary.ts'
import type { Of, PoolEntity } from './model.ts'
import { fill, popular, type Story } from './story.ts'
import { type Part, tagged } from './text.ts'

// The claim sentences a story can hold, each with its sourcing as the desk would record it.

export interface HopPlan {
  entity: PoolEntity
  role: Of<typeof HOP_ROLES>
  named: boolean
  onRecord: boolean
  access: Of<typeof HOP_ACCESS>
  anonymityReasonGiven: boolean
  /** Tag of the cue words in the sentence. */
  cue?: string
}

export interface ClaimPlan {
  parts: Part[]
  kind: Of<typeof CLAIM_KINDS>
  hedges: string[]
  claimant: PoolEntity
  subjects: PoolEntity[]
  statement: string
  chains: HopPlan[][]
  /** Whom a right of reply is owed: the person or organisation the claim accuses. */
  accused: PoolEntity | null
}

const publisherHop = (story: Story): HopPlan => ({
  entity: story.publisher,
  role: 'publisher',
  named: true,
  onRecord: true,
  access: 'second_hand',
  anonymityReasonGiven: false,
})

/** A named source speaking on the record, whose words are the article's first cue. */
const onRecordOrigin = (entity: PoolEntity, access: HopPlan['access'] = 'direct'): HopPlan => ({
  entity,
  role: 'origin',
  named: true,
  onRecord: true,
  access,
  anonymityReasonGiven: false,
  cue: 'cue0',
})

export function planClaim(story: Story): ClaimPlan {
  const { rng, ctx } = story
  const pool = ctx.pool
  const person = rng.chance(0.5) ? story.subject : popular(rng, pool.people)
  const anon = rng.pick(pool.anonymousGroups)
  const anonHop = (cue: string): HopPlan => ({
    entity: anon,
    role: 'origin',
    named: false,
    onRecord: false,
    access: rng.pick(['direct', 'second_hand', 'unknown'] as const),
    anonymityReasonGiven: rng.chance(0.35),
    cue,
  })
  const misdeed = fill(story, rng.pick(words.MISDEEDS))
  const accused = story.subject
  const template = rng.weighted([18, 14, 16, 14, 8, 8, 12, 10])
  switch (template) {
    case 0: {
      // The Han Dong pattern: another outlet relaying its own anonymous sources.
      let relay = rng.pick(pool.outlets)
      if (relay.id === story.publisher.id)
        relay = pool.outlets[(pool.outlets.indexOf(relay) + 1) % pool.outlets.length] ?? relay
      const relayHop: HopPlan = {
        entity: relay,
        role: 'relay',
        named: true,
        onRecord: true,
        access: 'second_hand',
        anonymityReasonGiven: false,
        cue: 'cue1',
      }
      const origin = anonHop('cue0')
      return {
        parts: [
          relay.name,
          ' ',
          tagged('cue1', 'reported'),
          ', ',
          tagged('cue0', 'citing'),
          ' ',
          anon.name.toLowerCase(),
          ', that ',
          tagged('exact', accused.name, ' allegedly ', misdeed),
          '.',
          origin.anonymityReasonGiven ? ` The sources spoke ${rng.pick(words.ANONYMITY_REASONS)}.` : '',
        ],
        kind: 'allegation',
        hedges: ['allegedly'],
        claimant: relay,
        subjects: [accused],
        statement: `${accused.name} ${misdeed}.`,
        chains: [[origin, relayHop, publisherHop(story)]],
        accused,
      }
    }
    case 1: {
      const hedge = rng.chance(0.4) ? 'reportedly ' : ''
      return {
        parts: [
          tagged('cue0', 'According to'),
          ' ',
          anon.name.toLowerCase(),
          ', ',
          tagged('exact', accused.name, ' ', hedge, misdeed),
          '.',
        ],
        kind: 'allegation',
        hedges: hedge ? ['reportedly'] : [],
        claimant: story.publisher,
        subjects: [accused],
        statement: `${accused.name} ${misdeed}.`,
        chains: [[anonHop('cue0'), publisherHop(story)]],
        accused,
      }
    }
    case 2: {
      const quote = fill(story, rng.pick(words.QUOTES))
      return {
        parts: [
          '“',
          tagged('exact', quote),
          ',” ',
          person.name,
          ', ',
          person.description ?? 'an official',
          ', ',
          tagged('cue0', 'said'),
          ' on ',
          rng.pick(words.WEEKDAYS),
          '.',
        ],
        kind: 'quotation',
        hedges: [],
        claimant: person,
        subjects: [person],
        statement: `${person.name} said: “${quote}.”`,
        chains: [[onRecordOrigin(person), publisherHop(story)]],
        accused: null,
      }
    }
    case 3: {
      const stat = fill(story, rng.pick(words.STATS))
      return {
        parts: [
          'Figures ',
          tagged('cue0', 'published by'),
          ' the ',
          story.gov.name,
          ' show that ',
          tagged('exact', stat),
          '.',
        ],
        kind: 'statement_of_fact',
        hedges: [],
        claimant: story.gov,
        subjects: [story.gov],
        statement: `According to the ${story.gov.name}, ${stat}.`,
        chains: [[onRecordOrigin(story.gov)]],
        accused: null,
      }
    }
    case 4: {
      const forecast = fill(story, rng.pick(words.FORECASTS))
      return {
        parts: [person.name, ' ', tagged('cue0', 'predicted'), ' that ', tagged('exact', forecast), '.'],
        kind: 'prediction',
        hedges: [],
        claimant: person,
        subjects: [story.gov],
        statement: `${person.name} predicted that ${forecast}.`,
        chains: [[onRecordOrigin(person, 'unknown'), publisherHop(story)]],
        accused: null,
      }
    }
    case 5: {
      const topic = rng.pick(words.OPINION_TOPICS)
      const word = rng.pick(words.OPINION_WORDS)
      return {
        parts: [
          person.name,
          ' ',
          tagged('cue0', 'called'),
          ' ',
          tagged('exact', 'the ', story.gov.name, '’s ', topic, ' “', word, '”'),
          '.',
        ],
        kind: 'opinion',
        hedges: [],
        claimant: person,
        subjects: [story.gov],
        statement: `${person.name} called the ${story.gov.name}’s ${topic} “${word}”.`,
        chains: [[onRecordOrigin(person), publisherHop(story)]],
        accused: null,
      }
    }
    case 6: {
      const stat = fill(story, rng.pick(words.STATS))
      const spokesperson = popular(rng, pool.people)
      return {
        parts: [
          'A spokesperson for the ',
          story.gov.name,
          ', ',
          spokesperson.name,
          ', ',
          tagged('cue0', 'said'),
          ' that ',
          tagged('exact', stat),
          '.',
        ],
        kind: 'statement_of_fact',
        hedges: [],
        claimant: spokesperson,
        subjects: [story.gov],
        statement: `A spokesperson for the ${story.gov.name} said that ${stat}.`,
        chains: [[onRecordOrigin(spokesperson), publisherHop(story)]],
        accused: null,
      }
    }
    default: {
      // Two lines of sourcing: the outlet's own documents and an anonymous group.
      return {
        parts: [
          tagged('exact', accused.name, ' ', misdeed),
          ', according to ',
          tagged('cue0', 'documents obtained by'),
          ' ',
          story.publisher.name,
          ' and ',
          tagged('cue1', 'confirmed by'),
          ' ',
          anon.name.toLowerCase(),
          '.',
        ],
        kind: 'allegation',
        hedges: [],
        claimant: story.publisher,
        subjects: rng.chance(0.3) ? [accused, story.org] : [accused],
        statement: `${accused.name} ${misdeed}.`,
        chains: [[onRecordOrigin(story.publisher)], [anonHop('cue1'), publisherHop(story)]],
        accused,
      }
    }
  }
}
