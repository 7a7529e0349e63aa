import { createRandom } from '../random.ts'
import * as words from '../vocabulary.ts'
import type { EntityKind, EntityPool, PoolEntity, Row } from './model.ts'
import { capitalise } from './text.ts'

/** How many entities of each kind a run of `articles` articles draws on: reused, as in real news. */
export function poolSizes(articles: number) {
  const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(n)))
  return {
    people: clamp(articles * 0.25, 60, 25_000),
    outlets: clamp(articles / 500, 12, 300),
    governmentBodies: clamp(articles / 400, 12, 400),
    organisations: clamp(articles / 20, 20, 5_000),
    anonymousGroups: words.ANONYMOUS_GROUPS.length,
  }
}

export function buildEntityPool(seed: number, articles: number): EntityPool {
  const rng = createRandom(seed, 'entities')
  const sizes = poolSizes(articles)
  const make = (
    kind: EntityKind,
    name: string,
    aliases: string[] = [],
    description: string | null = null,
  ) => ({
    id: rng.uuid(),
    name,
    kind,
    aliases,
    description,
  })
  const people = Array.from({ length: sizes.people }, (_, i) => {
    const first = rng.pick(words.FIRST_NAMES)
    const last = rng.pick(words.LAST_NAMES)
    // A middle initial past the first few thousand keeps names distinct without a longer list.
    const middle = i >= 2_000 ? ` ${String.fromCharCode(65 + rng.int(0, 25))}.` : ''
    return make(
      'person',
      `${first}${middle} ${last}`,
      [last],
      `${rng.pick(words.ROLES_OF_PEOPLE)} ${rng.pick(words.CITIES)}`,
    )
  })
  const outlets = Array.from({ length: sizes.outlets }, (_, i) => {
    const city = words.CITIES[i % words.CITIES.length] ?? 'Northvale'
    const suffix = words.OUTLET_SUFFIXES[Math.floor(i / words.CITIES.length) % words.OUTLET_SUFFIXES.length]
    const n = Math.floor(i / (words.CITIES.length * words.OUTLET_SUFFIXES.length))
    return make('outlet', `The ${city} ${suffix}${n > 0 ? ` ${n + 1}` : ''}`, [`${city} ${suffix}`])
  })
  const governmentBodies = Array.from({ length: sizes.governmentBodies }, (_, i) => {
    if (i % 3 === 2)
      return make('government_body', `${rng.pick(words.CITIES)} ${rng.pick(words.CITY_BODIES)}`)
    return make('government_body', rng.pick(words.GOVERNMENT_BODY_PATTERNS)(rng.pick(words.MINISTRIES)))
  })
  const organisations = Array.from({ length: sizes.organisations }, () =>
    make(
      'organisation',
      `${rng.chance(0.5) ? rng.pick(words.LAST_NAMES) : rng.pick(words.CITIES)} ${rng.pick(words.ORGANISATION_SUFFIXES)}`,
    ),
  )
  const anonymousGroups = words.ANONYMOUS_GROUPS.map((name) => make('anonymous_group', capitalise(name)))
  return {
    people,
    outlets,
    governmentBodies,
    organisations,
    anonymousGroups,
    all: [...people, ...outlets, ...governmentBodies, ...organisations, ...anonymousGroups],
  }
}

export function entityRow(e: PoolEntity, createdAt: string): Row {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    aliases: e.aliases,
    description: e.description,
    createdAt,
    updatedAt: createdAt,
  }
}
