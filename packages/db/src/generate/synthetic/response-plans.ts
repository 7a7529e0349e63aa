import type { RESPONSE_STANCES } from '@claimtrail/contracts'
import * as words from '../vocabulary.ts'
import type { Of, PoolEntity } from './model.ts'
import type { Story } from './story.ts'
import { type Part, tagged } from './text.ts'

// The replies of the accused, in the article's own text.

export interface ResponsePlan {
  parts: Part[]
  stance: Of<typeof RESPONSE_STANCES>
  addressesPart: string | null
}

export function planResponse(story: Story, accused: PoolEntity): ResponsePlan {
  const { rng } = story
  const who = accused.name
  switch (rng.weighted([30, 15, 20, 15, 10, 10])) {
    case 0:
      return {
        parts: [who, ' denied the allegation, calling it “', tagged('words', rng.pick(words.DENIALS)), '”.'],
        stance: 'denies',
        addressesPart: null,
      }
    case 1:
      return {
        parts: [
          'In a statement, ',
          who,
          ' said ',
          tagged('words', 'the meetings took place but nothing improper was discussed'),
          '.',
        ],
        stance: 'partially_admits',
        addressesPart: 'the meetings',
      }
    case 2:
      return {
        parts: ['A spokesperson for ', who, ' ', tagged('words', 'declined to comment'), '.'],
        stance: 'declines_to_comment',
        addressesPart: null,
      }
    case 3:
      return {
        parts: [who, ' ', tagged('words', 'did not respond to a request for comment'), '.'],
        stance: 'did_not_respond',
        addressesPart: null,
      }
    case 4:
      return {
        parts: [who, ' ', tagged('words', 'confirmed the payments'), ' but said they were legal.'],
        stance: 'confirms',
        addressesPart: 'the payments',
      }
    default:
      return {
        parts: [who, ' ', tagged('words', 'acknowledged the mistake'), ' in an interview.'],
        stance: 'admits',
        addressesPart: null,
      }
  }
}
