// Near misses that hold no response: bystanders and experts, a party's neutral statement, reported
// accusations, denials of requests ('denied the permit'), accusers speaking in the negative, futures.
import type { PhraseEntry } from './phrase-entry.ts'

export const NEAR_MISSES: PhraseEntry[] = [
  {
    text: 'Rideau Rail said it takes the concerns raised by the union seriously and has hired an outside firm to review its inspection records.',
    responses: [],
  },
  {
    text: 'Solano Mining said it is cooperating fully with investigators and will have more to say when the review is complete.',
    responses: [],
  },
  {
    text: "The city denied the restaurant's application for a patio permit, citing noise complaints from neighbours.",
    responses: [],
  },
  {
    text: '"He never once called back. Not once in three years," said Carol Nguyen, who accuses the landlord of ignoring mould in her apartment.',
    responses: [],
  },
  {
    text: 'Professor Ellen Shaw, who studies procurement at Queen\'s University and has no connection to the case, said: "Sole-source contracts are not illegal, but they should be rare."',
    responses: [],
  },
  {
    text: 'The opposition alleges the minister failed to disclose a gift of hockey tickets worth $4,000.',
    responses: [],
  },
  {
    text: 'The judge denied a motion by the defence to exclude the text messages from evidence.',
    responses: [],
  },
  {
    text: 'If the allegations are proven, the company could face fines of up to $1 million, Crown prosecutor Lisa Dunn said.',
    responses: [],
  },
  {
    text: "Mayor Carol Finch will respond to the auditor's report at next week's council meeting, her office said.",
    responses: [],
  },
  {
    text: '"We are not going to let this go," said union president Dale Rutherford, whose members say the company locked fire exits. "The workers deserve answers."',
    responses: [],
  },
  {
    text: "The provincial ethics commissioner said the investigation into the councillor's trips would likely be finished by spring.",
    responses: [],
  },
  {
    text: 'Insurance claims were denied to more than 200 homeowners after the flood, according to documents obtained by CBC News.',
    responses: [],
  },
  {
    text: 'Court documents allege that Barlow diverted $600,000 from the trust to pay his own mortgage.',
    responses: [],
  },
  {
    text: '"Nobody here feels safe anymore," said Anita Roy, who lives across the street from the plant the residents blame for the smell.',
    responses: [],
  },
  {
    text: 'The hospital said it had updated its visitor policy and that masks would again be required in the emergency department.',
    responses: [],
  },
  { text: 'Witnesses told police the driver did not stop at the red light.', responses: [] },
  {
    text: 'Experts say the findings do not prove the drug caused the deaths, only that the two are associated.',
    responses: [],
  },
  {
    text: 'Health Canada said it is reviewing the complaints and will take action if necessary.',
    responses: [],
  },
  {
    text: 'The premier is expected to address the controversy in a speech to the Chamber of Commerce on Friday.',
    responses: [],
  },
  {
    text: 'The lawsuit says Amberley Homes knew the basements would flood and never told buyers. None of the claims have been tested in court.',
    responses: [],
  },
  {
    text: 'Ottawa police said they had received a complaint about the incident and were looking into it.',
    responses: [],
  },
  { text: 'Leblanc, who was first elected in 2014, is seeking a third term as mayor.', responses: [] },
  {
    text: 'The board denied the parole request, saying the offender had not shown insight into his crimes.',
    responses: [],
  },
  {
    text: '"I don\'t think anyone saw this coming," said Tom Harris, a retired engineer who lives near the bridge.',
    responses: [],
  },
  {
    text: 'The federal government denied entry to three foreign nationals suspected of ties to the smuggling ring.',
    responses: [],
  },
  {
    text: 'Northline Energy announced a new safety officer on Wednesday and said the company remains committed to the highest standards.',
    responses: [],
  },
  {
    text: 'The accuser\'s lawyer, Michelle Park, said her client "did not consent and never would have."',
    responses: [],
  },
  {
    text: 'Should the audit find wrongdoing, the minister said she would ask for the money back.',
    responses: [],
  },
  {
    text: 'The councillor says she will not stop asking questions until the city explains where the money went.',
    responses: [],
  },
  { text: 'Nobody was injured in the fire, the Brampton fire chief said.', responses: [] },
  { text: 'Shoppers Drug Mart said it would not raise prices on insulin this year.', responses: [] },
]
