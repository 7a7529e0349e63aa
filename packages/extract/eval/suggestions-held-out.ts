// Held-out passages for `pnpm eval:suggestions --held-out`: written after the rules of ADR 017 were
// fixed and never used to change them, so their figures say how the rules generalise. Same format and
// annotation rules as suggestions-gold.ts. Do not tune the extractor on these; add new ones instead.
// When a rule is fixed on a miss seen here, the passage moves to suggestions-gold.ts and a new one
// is written (the first six moved there after the source-kind rules were fixed on them; the next six,
// "held2-*", after the rules for post-posed findings, addressees and unnamed groups were).
import type { GoldArticle } from './suggestions-gold.ts'

export const SUGGESTIONS_HELD_OUT: GoldArticle[] = [
  {
    id: 'held3-wire-airline',
    style: 'wire',
    text: `MONTREAL (Eastern Wire) - Skyline Air will cut 400 jobs at its Montreal maintenance base, three employees briefed on the plan told Eastern Wire on Wednesday.

The airline declined to comment. Transport Canada said it had not been told of any change to the base's certification. "We found out from the news," said union steward Omar Haddad.`,
    relays: [{ relay: 'Eastern Wire', origin: 'three employees briefed on the plan' }],
    responses: [{ responder: 'The airline', stance: 'declines_to_comment' }],
    sources: [
      { mention: 'three employees briefed on the plan', type: 'anonymous' },
      { mention: 'Transport Canada', type: 'government_body' },
      { mention: 'union steward Omar Haddad', type: 'person' },
    ],
  },
  {
    id: 'held3-investigative-shelter',
    style: 'investigative',
    text: `The city's largest shelter turned away 300 people on nights when beds were empty, according to intake logs obtained by the Courier.

Two staff members, who asked not to be named because they still work there, said managers kept beds free for inspections. The shelter's operator, Harbour Light Services, denied keeping beds empty. Councillor Lisa Moreau did not return calls.`,
    relays: [{ relay: 'the Courier', origin: 'intake logs' }],
    responses: [
      { responder: "Harbour Light Services|The shelter's operator", stance: 'denies' },
      { responder: 'Councillor Lisa Moreau', stance: 'did_not_respond' },
    ],
    sources: [
      { mention: 'intake logs', type: 'document' },
      { mention: 'Two staff members', type: 'anonymous' },
    ],
  },
  {
    id: 'held3-political-ethics',
    style: 'political',
    text: `Premier Alan Brooks accepted a free fishing trip from a mining executive whose permit was pending, the New Democrats charged in the legislature on Tuesday.

Brooks denied any wrongdoing. "I paid for every part of that trip," he told reporters. The province's ethics commissioner said she had received a complaint and would decide whether to investigate.`,
    relays: [],
    responses: [{ responder: 'Brooks', stance: 'denies' }],
    sources: [
      { mention: 'the New Democrats', type: 'organisation' },
      { mention: 'he|Brooks', type: 'person' },
      { mention: "The province's ethics commissioner", type: 'person' },
    ],
  },
  {
    id: 'held3-court-assault',
    style: 'court',
    text: `A Regina bar owner ordered bouncers to beat a customer who complained about his bill, a Crown prosecutor told the court on Thursday.

The owner's lawyer, Ken Duval, said the customer had attacked staff first. According to a police report filed as evidence, the customer suffered a broken jaw.`,
    relays: [],
    responses: [{ responder: "Ken Duval|The owner's lawyer", stance: 'denies' }],
    sources: [
      { mention: 'a Crown prosecutor', type: 'government_body' },
      { mention: "Ken Duval|The owner's lawyer", type: 'person' },
      { mention: 'a police report filed as evidence', type: 'document' },
    ],
  },
  {
    id: 'held3-science-air',
    style: 'science',
    text: `Wildfire smoke sent twice as many children to emergency rooms in 2023 as in any year before, a study released Wednesday by researchers at the University of Calgary found.

"Smoke days are now a health season of their own," said lead author Dr. Priya Raman. Alberta Health Services said it was reviewing the findings.`,
    relays: [],
    responses: [],
    sources: [
      { mention: 'a study released Wednesday by researchers at the University of Calgary', type: 'document' },
      { mention: 'lead author Dr. Priya Raman', type: 'person' },
      { mention: 'Alberta Health Services', type: 'government_body' },
    ],
  },
  {
    id: 'held3-relay-newspaper',
    style: 'relay',
    text: `The federal government paid a consulting firm $12 million for an app that was never launched, the Toronto Daily reported, citing internal audit documents.

A spokesperson for the Treasury Board said the contract was under review. The firm, Arcadia Digital, did not respond to a request for comment.`,
    relays: [{ relay: 'the Toronto Daily', origin: 'internal audit documents' }],
    responses: [{ responder: 'Arcadia Digital|The firm', stance: 'did_not_respond' }],
    sources: [
      { mention: 'the Toronto Daily', type: 'outlet' },
      { mention: 'internal audit documents', type: 'document' },
      { mention: 'A spokesperson for the Treasury Board', type: 'government_body' },
    ],
  },
]
