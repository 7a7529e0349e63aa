// Held-out passages for `pnpm eval:suggestions --held-out`: written after the rules of ADR 017 were
// fixed and never used to change them, so their figures say how the rules generalise. Same format and
// annotation rules as suggestions-gold.ts. Do not tune the extractor on these; add new ones instead.
// When a rule is fixed on a miss seen here, the passage moves to suggestions-gold.ts and a new one
// is written (the first six moved there after the source-kind rules were fixed on them).
import type { GoldArticle } from './suggestions-gold.ts'

export const SUGGESTIONS_HELD_OUT: GoldArticle[] = [
  {
    id: 'held2-wire-refinery',
    style: 'wire',
    text: `CALGARY, Alberta (Prairie Wire) - Northgate Energy plans to shut its oldest refinery next year, two people familiar with the plan told Prairie Wire on Tuesday.

The company did not respond to requests for comment. The Alberta Energy Regulator said it had not received a closure notice. "It would be a blow to the whole town," said Mayor Irene Fox.`,
    relays: [{ relay: 'Prairie Wire', origin: 'two people familiar with the plan' }],
    responses: [{ responder: 'The company', stance: 'did_not_respond' }],
    sources: [
      { mention: 'two people familiar with the plan', type: 'anonymous' },
      { mention: 'The Alberta Energy Regulator', type: 'government_body' },
      { mention: 'Mayor Irene Fox', type: 'person' },
    ],
  },
  {
    id: 'held2-investigative-clinic',
    style: 'investigative',
    text: `Patients at the Eastview clinic waited up to nine hours in hallways last winter, according to internal emails reviewed by the Ledger.

Three nurses, who spoke on condition of anonymity because they feared reprisals, described patients sleeping on chairs. The regional health authority denied that hallway care was routine. Clinic director Paul Novak declined to be interviewed.`,
    relays: [{ relay: 'the Ledger', origin: 'internal emails' }],
    responses: [
      { responder: 'The regional health authority', stance: 'denies' },
      { responder: 'Clinic director Paul Novak', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'internal emails', type: 'document' },
      { mention: 'Three nurses', type: 'anonymous' },
      { mention: 'The regional health authority', type: 'government_body' },
    ],
  },
  {
    id: 'held2-political-contract',
    style: 'political',
    text: `Transport Minister Dana Whitlock steered a highway contract to a firm owned by a former aide, the opposition alleged on Thursday.

Whitlock rejected the accusation. "Every bid was scored by public servants," she said. The firm, Ridgeline Paving, said it had won the contract fairly. The auditor general's office said it would review the file.`,
    relays: [],
    responses: [
      { responder: 'Whitlock', stance: 'denies' },
      { responder: 'Ridgeline Paving|The firm', stance: 'denies' },
    ],
    sources: [
      { mention: 'the opposition', type: 'organisation' },
      { mention: 'she|Whitlock', type: 'person' },
      { mention: "The auditor general's office", type: 'government_body' },
    ],
  },
  {
    id: 'held2-court-fraud',
    style: 'court',
    text: `A Winnipeg investment adviser took $2 million from retirees to pay for a lake house, prosecutors told a jury on Monday.

Defence lawyer Maria Santos said her client never meant to deceive anyone. According to court filings, the adviser moved the money through three companies.`,
    relays: [],
    responses: [{ responder: 'Defence lawyer Maria Santos', stance: 'denies' }],
    sources: [
      { mention: 'prosecutors', type: 'government_body' },
      { mention: 'court filings', type: 'document' },
    ],
  },
  {
    id: 'held2-health-study',
    style: 'science',
    text: `Children who use screens for more than four hours a day sleep 40 minutes less, a study published on Monday in the journal Pediatrics found.

"The effect is real but modest," said Dr. Hana Okafor, a sleep researcher who was not involved in the work. The Canadian Paediatric Society said it would update its guidance.`,
    relays: [],
    responses: [],
    sources: [
      { mention: 'a study published on Monday in the journal Pediatrics', type: 'document' },
      { mention: 'Dr. Hana Okafor', type: 'person' },
      { mention: 'The Canadian Paediatric Society', type: 'organisation' },
    ],
  },
  {
    id: 'held2-relay-broadcaster',
    style: 'relay',
    text: `Russia has moved air-defence systems closer to the border, the BBC reported, quoting Western intelligence officials.

A spokesperson for the Kremlin dismissed the report as "fantasy". NATO declined to comment on intelligence matters.`,
    relays: [{ relay: 'the BBC', origin: 'Western intelligence officials' }],
    responses: [
      { responder: 'A spokesperson for the Kremlin', stance: 'denies' },
      { responder: 'NATO', stance: 'declines_to_comment' },
    ],
    sources: [
      { mention: 'the BBC', type: 'outlet' },
      { mention: 'Western intelligence officials', type: 'anonymous' },
    ],
  },
]
