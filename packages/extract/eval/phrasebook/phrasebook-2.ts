// Denials worded with a verb or noun in less common forms: passive, perfect, 'denies ever', 'denial',
// 'pleaded not guilty', through a lawyer or a post, in a subordinate clause, conjoined parties.
import type { PhraseEntry } from './phrase-entry.ts'

export const DENIALS_WORDED: PhraseEntry[] = [
  {
    text: 'The allegations were denied by Coun. Steve Brant, who called them "a fantasy cooked up by my opponents."',
    responses: [{ responder: 'Steve Brant', stance: 'denies' }],
  },
  {
    text: 'Marlene Harper, who is accused of defrauding 14 seniors of their savings, has consistently denied any wrongdoing.',
    responses: [{ responder: 'Marlene Harper', stance: 'denies' }],
  },
  {
    text: 'Police say the envelope of cash was handed over in a parking lot in Laval. Lacroix denies ever receiving it.',
    responses: [{ responder: 'Lacroix', stance: 'denies' }],
  },
  {
    text: 'In a one-line statement, Tidewater Seafoods issued a flat denial: it had "never knowingly sold mislabelled fish."',
    responses: [{ responder: 'Tidewater Seafoods', stance: 'denies' }],
  },
  {
    text: "Zhang's denial came hours after the Post published text messages appearing to show him arranging the payments.",
    responses: [{ responder: 'Zhang', stance: 'denies' }],
  },
  {
    text: "The Pembroke Hospital Foundation rejected the auditor's suggestion that it had misused donor funds, saying every expense was approved by its board.",
    responses: [{ responder: 'The Pembroke Hospital Foundation', stance: 'denies' }],
  },
  {
    text: 'Through her lawyer, former CFO Janice Ng denied signing the backdated invoices.',
    responses: [{ responder: 'Janice Ng', stance: 'denies' }],
  },
  {
    text: "The company disputes the union's account, saying the supervisor was not on the floor when the worker was hurt.",
    responses: [{ responder: 'The company', stance: 'denies' }],
  },
  {
    text: 'Mayor Ron Keefe pushed back hard on Tuesday against claims that he had promised the contract to a campaign donor.',
    responses: [{ responder: 'Ron Keefe', stance: 'denies' }],
  },
  {
    text: 'Lawyers for Cresthill Pharma have denied in court filings that the company hid the trial results from regulators.',
    responses: [{ responder: 'Cresthill Pharma|Lawyers for Cresthill Pharma', stance: 'denies' }],
  },
  {
    text: 'The minister dismissed the report as "fiction," saying no money had been moved between the two accounts.',
    responses: [{ responder: 'The minister', stance: 'denies' }],
  },
  {
    text: 'Trudel pleaded not guilty Monday to two counts of fraud over $5,000.',
    responses: [{ responder: 'Trudel', stance: 'denies' }],
  },
  {
    text: 'Okonkwo has maintained his innocence since his arrest in 2019.',
    responses: [{ responder: 'Okonkwo', stance: 'denies' }],
  },
  {
    text: "Sheriff's deputies say the suspect fired first, an account the man's family strongly disputes.",
    responses: [{ responder: "the man's family", stance: 'denies' }],
  },
  {
    text: 'Opposition members accused the premier of misleading the legislature, a charge she flatly rejected on Wednesday.',
    responses: [{ responder: 'the premier', stance: 'denies' }],
  },
  {
    text: 'Canfor Logistics, which the province accuses of dumping contaminated soil near Smiths Falls, said in its statement of defence that the soil came from another contractor.',
    responses: [{ responder: 'Canfor Logistics', stance: 'denies' }],
  },
  {
    text: 'Both Delgado and his business partner, Vince Aubry, deny the allegations, which have not been proven in court.',
    responses: [
      { responder: 'Delgado', stance: 'denies' },
      { responder: 'Vince Aubry', stance: 'denies' },
    ],
  },
  {
    text: 'The team has denied the report, calling it "false and irresponsible."',
    responses: [{ responder: 'The team', stance: 'denies' }],
  },
  {
    text: 'Asked about the accusation on Thursday, Premier Jacques Gervais was quick to deny it. "I have never heard that name before today," he said.',
    responses: [{ responder: 'Jacques Gervais', stance: 'denies' }],
  },
  {
    text: 'The accused, a 34-year-old Surrey man, strenuously denies the charges, his lawyer, Harjit Sandhu, told reporters outside the courthouse.',
    responses: [{ responder: 'The accused|Harjit Sandhu', stance: 'denies' }],
  },
  {
    text: 'Poulin contradicted the testimony, telling the inquiry he had left the meeting before the decision was made.',
    responses: [{ responder: 'Poulin', stance: 'denies' }],
  },
  {
    text: 'Riverside Homes rejects any suggestion that it cut corners on fire separation in the townhouses.',
    responses: [{ responder: 'Riverside Homes', stance: 'denies' }],
  },
  {
    text: 'The allegations, which Bishop Thomas Keane has denied through a spokesperson, date back to the 1980s.',
    responses: [{ responder: 'Thomas Keane', stance: 'denies' }],
  },
  {
    text: 'Meta Kwon brushed off the criticism, insisting the campaign had paid for every flight out of party funds.',
    responses: [{ responder: 'Meta Kwon', stance: 'denies' }],
  },
  {
    text: 'In a lengthy Instagram post, the singer denied the assault allegations, writing that she had "never laid a hand on anyone."',
    responses: [{ responder: 'the singer', stance: 'denies' }],
  },
  {
    text: "Crestview Energy took issue with the regulator's findings, saying its leak detection system had worked as designed.",
    responses: [{ responder: 'Crestview Energy', stance: 'denies' }],
  },
  {
    text: '"Absolutely not," Morin replied when asked whether he had discussed the file with the minister. He said he had recused himself in January.',
    responses: [{ responder: 'Morin', stance: 'denies' }],
  },
  {
    text: "The chief's office countered that the officers had followed policy and that the video showed only part of the encounter.",
    responses: [{ responder: "The chief's office", stance: 'denies' }],
  },
  {
    text: 'Municipal Affairs Minister Dianne Scott, whose department is accused of sitting on the inspection report, has repeatedly called the allegation false.',
    responses: [{ responder: 'Dianne Scott', stance: 'denies' }],
  },
  {
    text: 'Haldane Construction continues to deny liability for the collapse, according to documents filed in Superior Court.',
    responses: [{ responder: 'Haldane Construction', stance: 'denies' }],
  },
  {
    text: 'The former coach, who denies the abuse allegations, is due back in court in March.',
    responses: [{ responder: 'The former coach', stance: 'denies' }],
  },
  {
    text: 'Neither Visser nor the company admitted wrongdoing in the settlement, and Visser has said publicly that the claims were false.',
    responses: [{ responder: 'Visser', stance: 'denies' }],
  },
]
