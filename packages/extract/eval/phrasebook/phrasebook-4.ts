// Refusals to comment (policy, privacy, 'would only say', referred questions) and no response at all
// (the wire idioms: unanswered calls and emails, 'could not be reached', 'did not reply by deadline').
import type { PhraseEntry } from './phrase-entry.ts'

export const REFUSALS: PhraseEntry[] = [
  {
    text: 'A spokesperson for Crown-Atlantic Insurance declined to comment on the lawsuit, saying the company does not discuss matters before the courts.',
    responses: [{ responder: 'Crown-Atlantic Insurance', stance: 'declines_to_comment' }],
  },
  {
    text: 'The Ministry of Health would not comment on the case, citing patient privacy.',
    responses: [{ responder: 'The Ministry of Health', stance: 'declines_to_comment' }],
  },
  {
    text: 'Asked about the allegations, Coun. Marc Belanger would only say that he "looks forward to clearing his name."',
    responses: [{ responder: 'Marc Belanger', stance: 'declines_to_comment' }],
  },
  {
    text: 'Hydro Quebec referred questions to the provincial energy ministry.',
    responses: [{ responder: 'Hydro Quebec', stance: 'declines_to_comment' }],
  },
  {
    text: "The mayor's office said it would be inappropriate to comment while the matter is under investigation.",
    responses: [{ responder: "The mayor's office", stance: 'declines_to_comment' }],
  },
  {
    text: '"No comment," Fitzgerald said as he left the courthouse.',
    responses: [{ responder: 'Fitzgerald', stance: 'declines_to_comment' }],
  },
  {
    text: 'Harbour Authority chair Jim Oakes declined an interview request but said in an email that the board "will respond in due course."',
    responses: [{ responder: 'Jim Oakes', stance: 'declines_to_comment' }],
  },
  {
    text: "Tanaka's lawyer said his client would not be commenting until the trial is over.",
    responses: [{ responder: "Tanaka|Tanaka's lawyer", stance: 'declines_to_comment' }],
  },
  {
    text: 'The RCMP said it does not confirm or deny whether a person is under investigation.',
    responses: [{ responder: 'The RCMP', stance: 'declines_to_comment' }],
  },
  {
    text: "Strathmore Capital refused to answer questions about the fund's losses, saying only that investors had been informed.",
    responses: [{ responder: 'Strathmore Capital', stance: 'declines_to_comment' }],
  },
  {
    text: 'Citing an ongoing human resources process, the school board would not say whether the principal remains on the payroll.',
    responses: [{ responder: 'the school board', stance: 'declines_to_comment' }],
  },
  {
    text: 'A spokesperson for Premier Angela Moss said the premier "won\'t be dignifying that with a response."',
    responses: [
      { responder: 'Angela Moss|A spokesperson for Premier Angela Moss', stance: 'declines_to_comment' },
    ],
  },
  {
    text: "The club's owner declined to discuss the player's contract or the circumstances of his release.",
    responses: [{ responder: "The club's owner", stance: 'declines_to_comment' }],
  },
  {
    text: 'When reached by phone Tuesday, Kowalchuk said he had nothing to say and hung up.',
    responses: [{ responder: 'Kowalchuk', stance: 'declines_to_comment' }],
  },
  {
    text: 'Veritas Health said in a statement that it "does not comment on individual employment matters."',
    responses: [{ responder: 'Veritas Health', stance: 'declines_to_comment' }],
  },
  {
    text: 'Officials with the Department of National Defence would not discuss the findings, saying the report had not yet been made public.',
    responses: [{ responder: 'the Department of National Defence', stance: 'declines_to_comment' }],
  },
  {
    text: 'Sanjay Mehra, the developer named in the complaint, said he would let his lawyers speak for him. His lawyers declined to comment.',
    responses: [{ responder: 'Sanjay Mehra|His lawyers', stance: 'declines_to_comment' }],
  },
  {
    text: 'Asked repeatedly whether she had seen the memo, the minister said only that the government "is focused on results."',
    responses: [{ responder: 'the minister', stance: 'declines_to_comment' }],
  },
  {
    text: 'Pine Ridge Mining did not respond to requests for comment.',
    responses: [{ responder: 'Pine Ridge Mining', stance: 'did_not_respond' }],
  },
  {
    text: 'Coun. Frank Dorsey could not be reached for comment Monday.',
    responses: [{ responder: 'Frank Dorsey', stance: 'did_not_respond' }],
  },
  {
    text: 'Multiple messages left for Gallant over several days were not returned.',
    responses: [{ responder: 'Gallant', stance: 'did_not_respond' }],
  },
  {
    text: 'Emails to the Ontario Ministry of Transportation went unanswered.',
    responses: [{ responder: 'the Ontario Ministry of Transportation', stance: 'did_not_respond' }],
  },
  {
    text: 'Solara Group did not reply by deadline.',
    responses: [{ responder: 'Solara Group', stance: 'did_not_respond' }],
  },
  {
    text: 'Attempts to reach Dufresne or his lawyer were unsuccessful.',
    responses: [{ responder: 'Dufresne', stance: 'did_not_respond' }],
  },
  {
    text: 'No one answered the phone at the Westbrook Motel on Thursday, and a voice mail box was full.',
    responses: [{ responder: 'the Westbrook Motel', stance: 'did_not_respond' }],
  },
  {
    text: 'A lawyer for the Hendricks family did not immediately respond to a request for comment.',
    responses: [
      { responder: 'the Hendricks family|A lawyer for the Hendricks family', stance: 'did_not_respond' },
    ],
  },
  {
    text: 'Reuters was unable to reach representatives for Zenith Shipping, which is registered in Malta.',
    responses: [{ responder: 'Zenith Shipping', stance: 'did_not_respond' }],
  },
  {
    text: "The Star's calls to Brenner's constituency office were not returned by press time.",
    responses: [{ responder: 'Brenner', stance: 'did_not_respond' }],
  },
  {
    text: "Metro Cab has not responded to CBC's questions, sent on Oct. 2.",
    responses: [{ responder: 'Metro Cab', stance: 'did_not_respond' }],
  },
  {
    text: "Requests for comment from Dr. Alan Voss, the clinic's medical director, went unanswered.",
    responses: [{ responder: 'Alan Voss', stance: 'did_not_respond' }],
  },
  {
    text: 'Voss did not return calls, and a receptionist at the clinic said he was away.',
    responses: [{ responder: 'Voss', stance: 'did_not_respond' }],
  },
  {
    text: "Efforts to contact the company's head office in Calgary were unsuccessful.",
    responses: [{ responder: 'the company', stance: 'did_not_respond' }],
  },
  {
    text: 'Okafor, reached at her home, hung up without answering questions.',
    responses: [{ responder: 'Okafor', stance: 'declines_to_comment' }],
  },
  {
    text: "The Associated Press left a message for Pemberton's campaign, which did not respond.",
    responses: [{ responder: "Pemberton's campaign", stance: 'did_not_respond' }],
  },
  {
    text: 'Lambert did not respond to a detailed list of questions emailed to him last week.',
    responses: [{ responder: 'Lambert', stance: 'did_not_respond' }],
  },
  {
    text: "Bluewater Health has yet to respond to questions about the coroner's findings.",
    responses: [{ responder: 'Bluewater Health', stance: 'did_not_respond' }],
  },
  {
    text: "A knock on the door at Sutherland's home went unanswered Saturday.",
    responses: [{ responder: 'Sutherland', stance: 'did_not_respond' }],
  },
  {
    text: "The bishop's office did not return messages seeking comment.",
    responses: [{ responder: "The bishop's office", stance: 'did_not_respond' }],
  },
  {
    text: 'Novak could not immediately be reached, and it was not clear whether he had a lawyer.',
    responses: [{ responder: 'Novak', stance: 'did_not_respond' }],
  },
  {
    text: 'Nadeau declined to be interviewed for this story.',
    responses: [{ responder: 'Nadeau', stance: 'declines_to_comment' }],
  },
]
