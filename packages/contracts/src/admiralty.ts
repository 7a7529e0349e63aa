import type { INFORMATION_CREDIBILITY, SOURCE_RELIABILITY } from './enums.ts'

// NATO STANAG 2511 (the "Admiralty code"), as the desk applies it (docs/design.md, "Sourcing
// assessment"). Written once as data: the methodology page and the editor's forms show these.

export interface AdmiraltyLevel<Code extends string> {
  code: Code
  label: string
  description: string
}

/** Source reliability, per origin source: how far the source has been right before. */
export const SOURCE_RELIABILITY_LEVELS = [
  {
    code: 'A',
    label: 'Completely reliable',
    description:
      'No doubt about the source’s authenticity, trustworthiness or competence; a history of complete reliability.',
  },
  {
    code: 'B',
    label: 'Usually reliable',
    description: 'Minor doubts; a history of mostly valid information.',
  },
  {
    code: 'C',
    label: 'Fairly reliable',
    description: 'Doubts; the source has provided valid information in the past.',
  },
  {
    code: 'D',
    label: 'Not usually reliable',
    description:
      'Significant doubts; the source has provided valid information in the past, but not usually.',
  },
  {
    code: 'E',
    label: 'Unreliable',
    description: 'Lacking authenticity, trustworthiness and competence; a history of invalid information.',
  },
  {
    code: 'F',
    label: 'Reliability cannot be judged',
    description:
      'No basis exists for evaluating the reliability of the source (for example, a new or anonymous one).',
  },
] as const satisfies readonly AdmiraltyLevel<(typeof SOURCE_RELIABILITY)[number]>[]

/** Information credibility, per claim: how far other information bears the claim out. */
export const INFORMATION_CREDIBILITY_LEVELS = [
  {
    code: '1',
    label: 'Confirmed by other sources',
    description:
      'Confirmed by other independent sources; logical in itself; consistent with other information.',
  },
  {
    code: '2',
    label: 'Probably true',
    description: 'Not confirmed; logical in itself; consistent with other information on the subject.',
  },
  {
    code: '3',
    label: 'Possibly true',
    description: 'Not confirmed; reasonably logical in itself; agrees with some other information.',
  },
  {
    code: '4',
    label: 'Doubtful',
    description: 'Not confirmed; possible but not logical; no other information on the subject.',
  },
  {
    code: '5',
    label: 'Improbable',
    description: 'Not confirmed; not logical in itself; contradicted by other information on the subject.',
  },
  {
    code: '6',
    label: 'Truth cannot be judged',
    description: 'No basis exists for evaluating the validity of the information.',
  },
] as const satisfies readonly AdmiraltyLevel<(typeof INFORMATION_CREDIBILITY)[number]>[]
