import type { Random } from '../random.ts'
import * as words from '../vocabulary.ts'
import { DAY, type GeneratorContext, type PoolEntity } from './model.ts'

// Articles are spread over these years, so published dates, the ledger's sort key, span years too.
const FIRST_DAY = Date.UTC(2019, 0, 1)
const LAST_DAY = Date.UTC(2026, 8, 30)

export interface Story {
  rng: Random
  ctx: GeneratorContext
  publisher: PoolEntity
  subject: PoolEntity
  city: string
  project: string
  org: PoolEntity
  gov: PoolEntity
  year: number
}

/** Skewed pick: a few entities turn up in many stories, most in a few. */
export function popular<T>(rng: Random, items: readonly T[]): T {
  const r = rng.next()
  return items[Math.floor(items.length * r * r)] as T
}

export function fill(story: Story, template: string): string {
  const { rng } = story
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'money':
        return `$${rng.int(1, 950)}.${rng.int(0, 9)} million`
      case 'pct':
        return String(rng.int(2, 48))
      case 'year':
        return String(story.year - rng.int(0, 6))
      case 'year2':
        return String(story.year + rng.int(1, 4))
      case 'month':
        return rng.pick(words.MONTHS)
      case 'weekday':
        return rng.pick(words.WEEKDAYS)
      case 'city':
        return story.city
      case 'project':
        return story.project
      case 'org':
        return story.org.name
      case 'gov':
        return story.gov.name
      case 'person':
        return story.subject.name
      case 'subject':
        return story.subject.name
      case 'count':
        return rng.int(120, 48_000).toLocaleString('en-US')
      case 'small':
        return String(rng.int(3, 9))
      case 'stat':
        return fill(story, rng.pick(words.STATS))
      default:
        return key
    }
  })
}

/** The day an article appeared and the story it tells: who publishes it, whom it is about, where. */
export function newStory(ctx: GeneratorContext, rng: Random): { story: Story; day: number } {
  const pool = ctx.pool
  const day = FIRST_DAY + Math.floor(rng.next() * ((LAST_DAY - FIRST_DAY) / DAY)) * DAY
  const story: Story = {
    rng,
    ctx,
    publisher: popular(rng, pool.outlets),
    subject: rng.chance(0.8) ? popular(rng, pool.people) : popular(rng, pool.organisations),
    city: rng.pick(words.CITIES),
    project: rng.pick(words.PROJECTS),
    org: popular(rng, pool.organisations),
    gov: popular(rng, pool.governmentBodies),
    year: new Date(day).getUTCFullYear(),
  }
  return { story, day }
}
