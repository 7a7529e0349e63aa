import type {
  CLAIM_KINDS,
  CLAIM_STATUSES,
  EVIDENCE_RELATIONS,
  HOP_ACCESS,
  HOP_ROLES,
  INFORMATION_CREDIBILITY,
  REPLY_CHANNELS,
  RESPONSE_STANCES,
  SOURCE_RELIABILITY,
} from '@claimtrail/contracts'
import type { DemoEntityKey } from './demo-entities.ts'

type Of<T extends readonly string[]> = T[number]

export interface DemoHop {
  entity: DemoEntityKey
  role: Of<typeof HOP_ROLES>
  named: boolean
  onRecord: boolean
  access: Of<typeof HOP_ACCESS>
  anonymityReasonGiven?: boolean
  /** Cue words as they appear in the article; anchored at the occurrence nearest the claim. */
  cue?: string
}

export interface DemoResponse {
  entity: DemoEntityKey
  stance: Of<typeof RESPONSE_STANCES>
  /** Words quoted from the article; anchored in the text. */
  words: string
  addressesPart?: string
  respondedOn?: string
}

export interface DemoClaim {
  /** Exact text of the claim in the article; must occur exactly once (or after `quoteAfter`). */
  quote: string
  quoteAfter?: string
  headline: string
  statement: string
  kind: Of<typeof CLAIM_KINDS>
  claimant: DemoEntityKey
  subjects: DemoEntityKey[]
  hedges?: string[]
  /** Workflow path from draft; the last entry is the current status. */
  path: Of<typeof CLAIM_STATUSES>[]
  verdict?: string
  rationale?: string
  chains: DemoHop[][]
  responses?: DemoResponse[]
  evidence?: { relation: Of<typeof EVIDENCE_RELATIONS>; title: string; url?: string; note?: string }[]
  replyRequests?: {
    entity: DemoEntityKey
    channel: Of<typeof REPLY_CHANNELS>
    daysAgo: number
    deadlineInDays: number
  }[]
  assessment?: {
    credibility?: Of<typeof INFORMATION_CREDIBILITY>
    reliability?: { entity: DemoEntityKey; level: Of<typeof SOURCE_RELIABILITY> }[]
  }
  correction?: { whatChanged: string; reason: string }
  changesRequestedComment?: string
}

// The article itself is the last hop of every chain: it is where the reader met the claim.
const article: DemoHop = {
  entity: 'outlet',
  role: 'publisher',
  named: true,
  onRecord: true,
  access: 'second_hand',
}

/**
 * The demo claims of the Han Dong article, in various workflow states. Verdicts rest on the article
 * and on the public record (Elections Canada results; Commons and Queen's Park records).
 */
export const demoClaims: DemoClaim[] = [
  {
    quote: 'Dong was first elected at the federal level in 2018',
    headline: 'Han Dong was first elected to the House of Commons in 2018',
    statement: 'Han Dong was first elected as a federal member of Parliament in 2018.',
    kind: 'statement_of_fact',
    claimant: 'outlet',
    subjects: ['dong'],
    path: ['draft', 'in_review', 'approved', 'published'],
    verdict: 'False',
    rationale:
      'There was no federal general election in 2018. Dong was first elected MP for Don Valley North in the federal election of 21 October 2019. In 2018 he lost his Ontario seat in the provincial election; he had been MPP for Trinity—Spadina since 2014.',
    chains: [[{ ...article, role: 'origin', access: 'unknown' }]],
    evidence: [
      {
        relation: 'refutes',
        title: 'Han Dong — Wikipedia (electoral record, citing Elections Canada results)',
        url: 'https://en.wikipedia.org/wiki/Han_Dong',
        note: 'Elected in the 2019 federal election; MPP 2014–2018.',
      },
    ],
    assessment: { credibility: '5' },
  },
  {
    quote:
      'announced his resignation from the Liberals, today, in tears (in the pic above): he will therefore sit in the House of Commons as an independent deputy',
    headline: 'Han Dong left the Liberal caucus to sit as an independent MP',
    statement:
      'Han Dong announced in the House of Commons that he was leaving the Liberal caucus and would sit as an independent member.',
    kind: 'statement_of_fact',
    claimant: 'outlet',
    subjects: ['dong', 'liberalCaucus'],
    path: ['draft', 'in_review', 'approved', 'published'],
    verdict: 'Accurate',
    rationale:
      'Dong said so himself, on the record, in the House of Commons: “I will continue to serve the residents of Don Valley North … as an independent member of this House.” The Commons lists him as an independent MP from that day.',
    chains: [
      [
        { entity: 'dong', role: 'origin', named: true, onRecord: true, access: 'direct', cue: 'announced' },
        article,
      ],
    ],
    assessment: { credibility: '1', reliability: [{ entity: 'dong', level: 'B' }] },
  },
  {
    quote:
      'Dong told a senior Chinese diplomat in February 2021 that China would have to delay the release of Michael Kovrig and Michael Spavor',
    headline: 'Dong urged a Chinese diplomat to delay the release of the two Michaels',
    statement:
      'Han Dong told a senior Chinese diplomat in February 2021 that China should delay releasing Michael Kovrig and Michael Spavor, to avoid benefiting the Conservative Party.',
    kind: 'allegation',
    claimant: 'globalNews',
    subjects: ['dong'],
    hedges: ['allegations'],
    path: ['draft', 'in_review', 'changes_requested', 'in_review', 'approved', 'published'],
    verdict: 'Unsubstantiated',
    rationale:
      'The allegation rests on a single outlet relaying unnamed national security sources whose access is not described. Dong admits the conversation with the diplomat but denies, on the record, urging any delay; no document or named source supporting the alleged words has been published.',
    chains: [
      [
        {
          entity: 'nationalSecuritySources',
          role: 'origin',
          named: false,
          onRecord: false,
          access: 'unknown',
          anonymityReasonGiven: false,
          cue: 'Citing',
        },
        {
          entity: 'globalNews',
          role: 'relay',
          named: true,
          onRecord: true,
          access: 'second_hand',
          cue: 'reported',
        },
        article,
      ],
    ],
    responses: [
      {
        entity: 'dong',
        stance: 'partially_admits',
        words: 'Dong admitted he spoke to the Chinese official to discuss the two Michaels',
        addressesPart: 'That he spoke with a senior Chinese diplomat about Kovrig and Spavor',
      },
      {
        entity: 'dong',
        stance: 'denies',
        words: 'denied allegations that he pushed to delay their release',
        addressesPart: 'That he urged China to delay their release',
      },
      {
        entity: 'dong',
        stance: 'denies',
        words: 'he had done “nothing to cause any harm” to the two Michaels',
        addressesPart: 'That he acted against the interests of Kovrig and Spavor',
      },
    ],
    assessment: {
      credibility: '3',
      reliability: [
        { entity: 'nationalSecuritySources', level: 'F' },
        { entity: 'globalNews', level: 'B' },
      ],
    },
    changesRequestedComment:
      'Record Dong’s admission and denial as separate responses, each with the part of the claim it answers.',
  },
  {
    quote:
      'an independent public inquiry into foreign meddling in Canadian affairs, which has so far been denied by Prime Minister Justin Trudeau',
    headline: 'Trudeau had not granted a public inquiry into foreign interference',
    statement:
      'As of March 2023, Prime Minister Justin Trudeau had not agreed to the opposition’s call for an independent public inquiry into foreign interference.',
    kind: 'statement_of_fact',
    claimant: 'outlet',
    subjects: ['trudeau', 'governmentOfCanada'],
    path: ['draft', 'in_review', 'approved', 'published'],
    verdict: 'Accurate',
    rationale:
      'True when published: in March 2023 the government had named a special rapporteur instead of calling an inquiry. The Public Inquiry into Foreign Interference was established later, in September 2023.',
    chains: [[{ ...article, role: 'origin', access: 'unknown' }]],
    assessment: { credibility: '1' },
  },
  {
    quote:
      'Ontario Congressman Vincent Ke resigned from the Progressive Conservative caucus earlier this month after being accused, in an article also published by Global News',
    headline: 'Vincent Ke left the Ontario PC caucus after a Global News report',
    statement:
      'Ontario MPP Vincent Ke resigned from the Progressive Conservative caucus at Queen’s Park in March 2023 after Global News accused him of involvement in Chinese interference networks.',
    kind: 'statement_of_fact',
    claimant: 'outlet',
    subjects: ['ke', 'ontarioPcCaucus'],
    path: ['draft', 'in_review', 'approved', 'published', 'corrected'],
    verdict: 'Accurate',
    rationale:
      'Ke left the Ontario PC caucus on 10 March 2023, the day Global News published its report; he sits as an independent MPP. The article’s “Congressman” is a translation of MPP (member of provincial parliament).',
    chains: [
      [
        { entity: 'ke', role: 'origin', named: true, onRecord: true, access: 'direct', cue: 'resigned' },
        article,
      ],
    ],
    responses: [
      {
        entity: 'ke',
        stance: 'denies',
        words: 'allegations Ke denied with firmness',
        addressesPart: 'The Global News allegation behind his resignation',
      },
    ],
    assessment: { credibility: '1', reliability: [{ entity: 'ke', level: 'B' }] },
    correction: {
      whatChanged:
        'The statement now says Ke is a member of the Ontario legislature, not a federal “Congressman”.',
      reason:
        'The article’s title for Ke was a mistranslation; the first version of our statement repeated it.',
    },
  },
  {
    quote: 'of being involved in Chinese interference networks',
    headline: 'Vincent Ke was involved in Chinese interference networks',
    statement:
      'Ontario MPP Vincent Ke was involved in Chinese interference networks, as reported by Global News.',
    kind: 'allegation',
    claimant: 'globalNews',
    subjects: ['ke'],
    hedges: ['accused', 'allegations'],
    path: ['draft', 'in_review'],
    verdict: 'Unsubstantiated',
    rationale:
      'Proposed: the report relies on unnamed sources; Ke denies it and no evidence has been made public.',
    chains: [
      [
        {
          entity: 'globalNews',
          role: 'origin',
          named: true,
          onRecord: true,
          access: 'unknown',
          cue: 'published by',
        },
        article,
      ],
    ],
    responses: [
      {
        entity: 'ke',
        stance: 'denies',
        words: 'allegations Ke denied with firmness',
        addressesPart: 'The whole allegation',
      },
    ],
    replyRequests: [{ entity: 'ke', channel: 'email', daysAgo: 6, deadlineInDays: -2 }],
  },
  {
    quote:
      'Dong was “preferred” by Beijing over another liberal Chinese Canadian and that he was a “knowing affiliate” of Chinese interference networks',
    headline: 'Beijing preferred Dong and he knowingly aided its interference networks',
    statement:
      'Beijing preferred Han Dong over another Liberal Chinese-Canadian candidate, and Dong was a “knowing affiliate” of Chinese interference networks.',
    kind: 'allegation',
    claimant: 'globalNews',
    subjects: ['dong', 'chineseGovernment'],
    path: ['draft', 'in_review', 'changes_requested'],
    chains: [
      [
        {
          entity: 'globalNews',
          role: 'relay',
          named: true,
          onRecord: true,
          access: 'second_hand',
          cue: 'also reported',
        },
        article,
      ],
    ],
    responses: [
      {
        entity: 'dong',
        stance: 'denies',
        words: 'Let me be clear, the reporting is false',
        addressesPart: 'The whole report',
      },
    ],
    changesRequestedComment:
      'Global News attributed this to sources; add the origin hop (the article does not name them) before review.',
  },
  {
    quote: 'Jagmeet Singh had called for Dong to be removed from the Liberal caucus pending an investigation',
    headline: 'Jagmeet Singh called for Dong’s removal from the Liberal caucus',
    statement:
      'NDP leader Jagmeet Singh called for Han Dong to be removed from the Liberal caucus pending an investigation.',
    kind: 'statement_of_fact',
    claimant: 'outlet',
    subjects: ['singh', 'dong'],
    path: ['draft', 'in_review', 'approved'],
    verdict: 'Accurate',
    rationale: 'Singh made the call publicly on 22 March 2023, before Dong’s announcement.',
    chains: [
      [
        { entity: 'singh', role: 'origin', named: true, onRecord: true, access: 'direct', cue: 'called for' },
        article,
      ],
    ],
    assessment: { credibility: '2' },
  },
  {
    quote: 'serious reports of actions that threaten the core of our Canadian democracy',
    headline: 'Poilievre called the Dong allegations a threat to Canadian democracy',
    statement:
      'Conservative leader Pierre Poilievre tweeted that the allegations against Dong were “serious reports of actions that threaten the core of our Canadian democracy”.',
    kind: 'quotation',
    claimant: 'poilievre',
    subjects: ['poilievre', 'dong'],
    path: ['draft'],
    chains: [
      [
        {
          entity: 'poilievre',
          role: 'origin',
          named: true,
          onRecord: true,
          access: 'direct',
          cue: 'had tweeted',
        },
        article,
      ],
    ],
  },
  {
    quote: 'Charles Sousa, who worked with Dong in the Ontario legislature',
    headline: 'Charles Sousa worked with Dong in the Ontario legislature',
    statement: 'Charles Sousa and Han Dong served together as Liberal members of the Ontario legislature.',
    kind: 'statement_of_fact',
    claimant: 'outlet',
    subjects: ['sousa', 'dong'],
    path: ['draft'],
    chains: [[{ ...article, role: 'origin', access: 'unknown' }]],
  },
]
