// Admissions, partial admissions ('acknowledged ... but said ...') and confirmations: apologies,
// pleas, 'owned up', 'took responsibility', a spokesperson confirming a reported fact.
import type { PhraseEntry } from './phrase-entry.ts'

export const ADMISSIONS: PhraseEntry[] = [
  {
    text: 'Coun. Rita Vasquez acknowledged Tuesday that she had voted on the rezoning without declaring her stake in the property.',
    responses: [{ responder: 'Rita Vasquez', stance: 'admits' }],
  },
  {
    text: '"I made a mistake, and I\'m sorry," said MPP Colin Dube, who was caught on video driving through a school zone at twice the limit.',
    responses: [{ responder: 'Colin Dube', stance: 'admits' }],
  },
  {
    text: 'Kessler Foods admitted in a statement that the recalled cheese had been shipped to stores after the first positive test.',
    responses: [{ responder: 'Kessler Foods', stance: 'admits' }],
  },
  {
    text: 'Former bookkeeper Donna Pryce pleaded guilty Friday to stealing $380,000 from the Carleton Curling Club.',
    responses: [{ responder: 'Donna Pryce', stance: 'admits' }],
  },
  {
    text: 'The mayor conceded that the city had missed the provincial deadline, costing it $4 million in transit funding.',
    responses: [{ responder: 'The mayor', stance: 'admits' }],
  },
  {
    text: '"We got this wrong," Northern Air chief executive Louise Brault said of the decision to strand passengers overnight in Iqaluit. "It should never have happened."',
    responses: [{ responder: 'Louise Brault|Northern Air', stance: 'admits' }],
  },
  {
    text: 'The school board has apologized to the family of a Grade 3 student who was left on a bus for four hours, admitting that the driver skipped the end-of-route check.',
    responses: [{ responder: 'The school board', stance: 'admits' }],
  },
  {
    text: 'The senator owned up to the expense claims on Monday, telling reporters he would repay the $22,000 in full.',
    responses: [{ responder: 'The senator', stance: 'admits' }],
  },
  {
    text: 'Police Chief Angela Wright took full responsibility for the botched raid, saying officers had entered the wrong address.',
    responses: [{ responder: 'Angela Wright', stance: 'admits' }],
  },
  {
    text: 'Hamid acknowledged sending the messages but said they were taken out of context.',
    responses: [{ responder: 'Hamid', stance: 'partially_admits' }],
  },
  {
    text: 'The company admitted the meeting with the minister took place but denied discussing the procurement.',
    responses: [{ responder: 'The company', stance: 'partially_admits' }],
  },
  {
    text: '"Yes, some of the figures in the brochure were rounded up. But nobody was misled about the returns," said Carl Ostrowski, the fund\'s founder.',
    responses: [{ responder: 'Carl Ostrowski', stance: 'partially_admits' }],
  },
  {
    text: "Brightline Telecom conceded that some customers had been overbilled but disputed the regulator's estimate of 300,000 accounts.",
    responses: [{ responder: 'Brightline Telecom', stance: 'partially_admits' }],
  },
  {
    text: 'Coach Dennis Kaur said he "may have used some harsh language" at practice, but insisted he never threatened any player.',
    responses: [{ responder: 'Dennis Kaur', stance: 'partially_admits' }],
  },
  {
    text: 'The minister acknowledged the backlog had grown, but said the figures cited by the opposition were two years out of date.',
    responses: [{ responder: 'The minister', stance: 'partially_admits' }],
  },
  {
    text: '"I did attend the fundraiser. I did not know who had organized it," Keating said.',
    responses: [{ responder: 'Keating', stance: 'partially_admits' }],
  },
  {
    text: 'Leduc agreed that mistakes were made in the tendering process, but rejected any suggestion that the outcome was rigged.',
    responses: [{ responder: 'Leduc', stance: 'partially_admits' }],
  },
  {
    text: "Eastgate Mall's owners admit the parking garage had cracks flagged in 2022, but say engineers found no structural risk.",
    responses: [{ responder: "Eastgate Mall's owners", stance: 'partially_admits' }],
  },
  {
    text: 'Valour Bank confirmed Thursday that it had laid off 140 employees at its Winnipeg call centre.',
    responses: [{ responder: 'Valour Bank', stance: 'confirms' }],
  },
  {
    text: "A spokesperson for the Prime Minister's Office confirmed that the meeting took place on March 4.",
    responses: [{ responder: "the Prime Minister's Office", stance: 'confirms' }],
  },
  {
    text: 'Asked about the report, Coun. Hugh Barrow said it was accurate: he had received the $5,000 consulting fee from the developer.',
    responses: [{ responder: 'Hugh Barrow', stance: 'admits' }],
  },
  {
    text: 'The RCMP confirmed that Mayor Denise Clark is under investigation but gave no further details.',
    responses: [{ responder: 'The RCMP', stance: 'confirms' }],
  },
  {
    text: 'Transit officials verified that the buses had not been inspected since January, as the union had claimed.',
    responses: [{ responder: 'Transit officials', stance: 'confirms' }],
  },
  {
    text: '"That\'s correct. We paid the settlement and signed the non-disclosure agreement," said Jeff Morton, the club\'s general manager.',
    responses: [{ responder: 'Jeff Morton', stance: 'confirms' }],
  },
  {
    text: 'The university acknowledged in an email to students that the exam questions had been posted online the night before the test.',
    responses: [{ responder: 'The university', stance: 'admits' }],
  },
  {
    text: 'In an apology posted to Facebook, the owner of Rosie\'s Diner said staff had turned away the guide-dog user "because of a mistake in our training."',
    responses: [{ responder: "the owner of Rosie's Diner", stance: 'admits' }],
  },
  {
    text: "Bruneau, 52, admitted to the court that he had lied to investigators about the boat's position.",
    responses: [{ responder: 'Bruneau', stance: 'admits' }],
  },
  {
    text: 'Pellerin, who had denied the charges for two years, changed her plea to guilty on the eve of trial.',
    responses: [{ responder: 'Pellerin', stance: 'admits' }],
  },
  {
    text: 'Sobeski Farms admitted some of its workers had been housed in an unheated barn, saying the arrangement was temporary while a bunkhouse was repaired.',
    responses: [{ responder: 'Sobeski Farms', stance: 'partially_admits' }],
  },
  {
    text: 'Health officials at the Lakeshore clinic confirmed that 38 patients had received expired vaccines.',
    responses: [{ responder: 'Health officials', stance: 'confirms' }],
  },
  {
    text: 'The councillor, accused of using her office to lobby for her husband\'s firm, acknowledged writing the letter but called it "routine constituency work."',
    responses: [{ responder: 'The councillor', stance: 'partially_admits' }],
  },
  {
    text: 'Ambrose Logistics now concedes what its drivers alleged for months: that the tracking software logged hours they were off duty.',
    responses: [{ responder: 'Ambrose Logistics', stance: 'admits' }],
  },
]
