// Replies in context: accusation and reply in separate sentences, the reply told through a pronoun or
// a lawyer, denials by counter-evidence, and a few more stances and near misses.
import type { PhraseEntry } from './phrase-entry.ts'

export const IN_CONTEXT: PhraseEntry[] = [
  {
    text: 'Inspectors found rodent droppings in the kitchen of the Golden Wok on two visits in May. The restaurant\'s owner, Henry Lau, said the inspectors had it backwards. "Those photos were taken in the storage shed out back, not the kitchen," he said.',
    responses: [{ responder: 'Henry Lau', stance: 'denies' }],
  },
  {
    text: 'The lawsuit accuses Mayor Vincent Arsenault of ordering staff to delete emails about the arena deal. Arsenault, speaking outside city hall on Monday, called the claim "a work of fiction." He said every email from that period had been turned over to the clerk.',
    responses: [{ responder: 'Vincent Arsenault|Arsenault', stance: 'denies' }],
  },
  {
    text: 'A report by the auditor general says the department paid consultants $11 million for work that was never delivered. In an emailed statement, the department said "every deliverable under those contracts was received and reviewed."',
    responses: [{ responder: 'the department', stance: 'denies' }],
  },
  {
    text: 'Former staff say the Brookfield Zoo\'s elephant was kept chained for up to 16 hours a day. The zoo says that is untrue. "Maya is never tethered overnight and spends her days in a two-acre yard," curator Jill Evans said.',
    responses: [{ responder: 'The zoo|Jill Evans', stance: 'denies' }],
  },
  {
    text: 'Two contractors told the Herald they paid kickbacks to a city purchasing manager. The manager, Doug Ferris, who has since retired, said: "I\'ve been retired for five years and I\'ve never taken a gift from a contractor in my life."',
    responses: [{ responder: 'Doug Ferris|The manager', stance: 'denies' }],
  },
  {
    text: "Hughes, whom the Crown accuses of setting the fire, told the court he had been asleep at his sister's house that night.",
    responses: [{ responder: 'Hughes', stance: 'denies' }],
  },
  {
    text: 'The coroner\'s report suggests the nursing home waited six hours before calling an ambulance. Administrator Kim Lachance said staff called 911 "within minutes" of finding the resident on the floor, and that the call logs would show it.',
    responses: [{ responder: 'Kim Lachance', stance: 'denies' }],
  },
  {
    text: 'Union leaders accused the airline of hiring replacement workers during the legal strike. "Every person working the check-in counters this week is a manager or a regular employee," airline spokesperson Ravi Shah said. "We have not hired a single replacement worker."',
    responses: [{ responder: 'Ravi Shah', stance: 'denies' }],
  },
  {
    text: 'A Facebook group run by parents claims the new curriculum was written by a lobby group. Education Minister Sophie Roy set the record straight on Tuesday: "The curriculum was written by 40 Ontario teachers. I\'ve met every one of them."',
    responses: [{ responder: 'Sophie Roy', stance: 'denies' }],
  },
  {
    text: "The prosecution says the defendant, Aaron Blake, was the man seen on the security video. Blake's lawyer, Sheila Murphy, says he was working a night shift in Brampton at the time and has the time sheets to prove it.",
    responses: [{ responder: 'Aaron Blake|Sheila Murphy', stance: 'denies' }],
  },
  {
    text: "A TikTok video accusing a Moncton bakery of reselling day-old bread as fresh has been viewed 2 million times. The bakery's owner, Gilles Arseneau, posted his own video in reply, showing the oven timestamps for every batch that morning.",
    responses: [{ responder: 'Gilles Arseneau', stance: 'denies' }],
  },
  {
    text: 'The MLA was accused of skipping votes to attend a hockey game. "I was at my daughter\'s graduation, and I\'d do it again," MLA Bonnie Fraser said.',
    responses: [{ responder: 'Bonnie Fraser', stance: 'denies' }],
  },
  {
    text: "Critics say the casino expansion will bring crime to the neighbourhood. Galaxy Gaming's vice-president, Frank Castellano, said police data from its other sites shows no such thing.",
    responses: [{ responder: 'Frank Castellano', stance: 'denies' }],
  },
  {
    text: 'Opponents say the tax cut will mostly benefit the wealthy. Finance Minister Joel Tan said the numbers show the opposite: "Two-thirds of the savings go to families earning under $90,000."',
    responses: [{ responder: 'Joel Tan', stance: 'denies' }],
  },
  {
    text: 'Dufour said she "regrets the tone" of her remarks about the nurses\' union but stands by the substance.',
    responses: [{ responder: 'Dufour', stance: 'partially_admits' }],
  },
  {
    text: 'Asked whether his company had shipped parts to the sanctioned firm, Halvorsen said: "We did, once, in 2019, before the sanctions were in place."',
    responses: [{ responder: 'Halvorsen', stance: 'partially_admits' }],
  },
  {
    text: '"Yes, the report reached my desk in February," the minister told the committee, confirming what the whistleblower had said.',
    responses: [{ responder: 'the minister', stance: 'confirms' }],
  },
  {
    text: 'Environment Canada confirmed on Friday that the spill had reached the river, a day after residents posted videos of an oily sheen near the intake.',
    responses: [{ responder: 'Environment Canada', stance: 'confirms' }],
  },
  {
    text: "The minister's office declined to say when she first learned of the breach.",
    responses: [{ responder: "The minister's office", stance: 'declines_to_comment' }],
  },
  {
    text: 'Calls to the number listed for Pacific Crest Holdings rang unanswered, and its website had been taken down.',
    responses: [{ responder: 'Pacific Crest Holdings', stance: 'did_not_respond' }],
  },
  {
    text: 'Bellamy, whom the Crown accuses of running the ring, did not respond to a letter sent to him at the Central East Correctional Centre.',
    responses: [{ responder: 'Bellamy', stance: 'did_not_respond' }],
  },
  {
    text: 'The company said it had not yet been served with the lawsuit and would review it once it was.',
    responses: [],
  },
  {
    text: '"I never thought I\'d see this neighbourhood flood twice in one year," said Ray Dumont, a resident of Riverdale for 40 years.',
    responses: [],
  },
  {
    text: "The minister denied that there were any plans to close rural hospitals, as the nurses' union has claimed.",
    responses: [{ responder: 'The minister', stance: 'denies' }],
  },
  {
    text: "A spokesperson for the conservation authority said the agency had not yet reviewed the developer's latest application.",
    responses: [],
  },
  {
    text: '"We are not accusing anyone of anything. We simply want the numbers," said Opposition critic Mike Tran.',
    responses: [],
  },
  { text: "Councillors voted 8-3 to deny the developer's request for a height exemption.", responses: [] },
  { text: 'The band said it would announce the rescheduled dates next week.', responses: [] },
]
