import type { ResponseStance } from './find-responses.ts'

// The words that make a response: cue phrases with their stance, and what a speaker's own words say
// when they deny or admit without a denial verb. Every pattern is a fixed phrase with bounded gaps,
// so a scan stays linear in the text.

// Cues that are not reporting verbs with content. Each alternative is a fixed phrase with bounded
// gaps, so the scan is linear.
export const PHRASES: { re: RegExp; stance: ResponseStance }[] = [
  {
    // Declining to comment is any refusal to say something: "declined to give details", "would not
    // say whether", "refused to answer questions", "does not comment on", "could not get into that",
    // "referred questions to the ministry".
    re: /\b(?:declined|declines|refused|refuses|would not|wouldn't|will not|won't|did not want|chose not) to (?:comment|be interviewed|respond|answer|discuss|confirm|elaborate|say|give|provide|reveal|disclose|specify|identify|name|share|explain|speculate|release|detail)\b|\b(?:declined|declines) comment\b|\bhad no (?:immediate |further )?comment\b|\b(?:would not|wouldn't|will not|won't) (?:comment|say|confirm|discuss|elaborate)\b|\b(?:does|do|did) not comment\b|\b(?:could not|cannot|can't|couldn't) (?:comment|discuss|(?:get|go) into (?:that|it|this|details|specifics|the (?:details|specifics|matter|case))|talk about|speak about)\b|\b(?:would not|wouldn't|will not|won't) be (?:commenting|discussing|saying)\b|\breferred (?:all |further )?(?:questions|inquiries|queries|requests for comment) to\b|\b(?:would|will|did|could) neither confirm nor deny\b|\b(?:declined|refused|turned down) (?:repeated |several |multiple )?(?:interview requests|requests? for (?:an )?(?:interviews?|comment))\b/giu,
    stance: 'declines_to_comment',
  },
  {
    re: /\b(?:did not|didn't|has not|hasn't|had not|have not|haven't) (?:immediately )?(?:respond|responded|return(?:ed)?|reply|replied)\b|\bcould not (?:immediately )?be reached\b|\bwas not available for comment\b|\b(?:has|have|had) yet to (?:respond|reply|answer|return)\b|\b(?:was|were) (?:travelling|traveling|away|abroad|on vacation|on leave) and (?:unavailable|could not be reached)\b|\b(?:was|were|is|are) unavailable (?:for|to) comment\b/giu,
    stance: 'did_not_respond',
  },
  {
    // "A message left for Smith was not returned", "Calls to the ministry went unanswered": the party
    // is the one the message went to. The lookbehind runs only where the verb phrase matched.
    re: /\b(?:(?:was|were|have been|has been) not returned|went unanswered|(?:has|have) gone unanswered)\b(?<=\b(?:[Mm]essages?|[Cc]alls?|[Ee]mails?|[Rr]equests?(?: for comment)?|[Ii]nquiries|[Qq]ueries|[Vv]oicemails?|[Qq]uestions)\s(?:left\s|sent\s)?(?:with|for|to|at)\s[^.;!?\n]{1,60}\s(?:(?:was|were|have been|has been) not returned|went unanswered|(?:has|have) gone unanswered))/gu,
    stance: 'did_not_respond',
  },
  {
    // "Neither the minister nor her office replied": the negation is in the subject. The lookbehind
    // runs only where the verb matched and reaches back at most 170 characters.
    re: /\b(?:replied|responded|answered|returned)\b(?<=\b[Nn]either\s[^.;!?\n]{1,80}\snor\s[^.;!?\n]{1,80}\s(?:replied|responded|answered|returned))/gu,
    stance: 'did_not_respond',
  },
  {
    re: /\b(?:denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes|contested|contests)\b/giu,
    stance: 'denies',
  },
  {
    // A plea of not guilty answers the charge; standing by one's work answers a challenge to it.
    re: /\b(?:pleaded|pleads|plead) not guilty\b|\bentered (?:a )?(?:not[- ]guilty pleas?|pleas? of not guilty)\b|\b(?:stood|stands|stand) (?:firmly )?by (?:its|his|her|their|the|our) (?:[\p{L}'’-]+\s+){0,2}?(?:story|stories|reporting|report|findings?|study|paper|decision|statement|account|results|research|article|work|position|conclusions?|figures)(?![\p{L}'’-])/giu,
    stance: 'denies',
  },
  {
    // A denial without a denial verb: "called the story fabricated", "in no way accepted the figures",
    // "said the claim was false".
    re: /\b(?:called|calls|described|describes|labelled|labeled) (?:(?:the|this|that|these|those|such|his|her|their|its|them|it)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:as\s+)?["“]?(?:(?:completely|totally|utterly|entirely|simply|absolutely|pure|a complete|a total)\s+)?(?:false|untrue|baseless|unfounded|misleading|fabricated|inaccurate|wrong|nonsense|ridiculous|defamatory|absurd|lies|a lie|fiction|fake|a fabrication|fabrication|a smear|smear|groundless|erroneous|a fairy tale|a fantasy|frivolous|meritless|without merit|politically motivated|a witch hunt|a political stunt|a hatchet job|a shakedown)\b|\bin no way (?:accepted|accepts|agreed|agrees|endorsed|endorses|acknowledged|acknowledges|admitted|admits|supported|supports)\b|\b(?:said|says|insisted|insists|maintained|maintains) (?:that )?(?:the|this|that|these|those|such|his|her|their|its) (?:[\p{L}-]+\s+){0,2}?(?:claims?|allegations?|reports?|story|stories|accusations?|account|figures?|reporting) (?:was|were|is|are|had been|have been) (?:completely |totally |simply |entirely |absolutely )?(?:false|untrue|baseless|unfounded|misleading|fabricated|inaccurate|wrong|not true|groundless)\b/giu,
    stance: 'denies',
  },
  { re: /\b(?:admitted|admits|acknowledged|acknowledges|conceded|concedes)\b/giu, stance: 'admits' },
  { re: /\b(?:confirmed|confirms)\b/giu, stance: 'confirms' },
]

// What a speaker's own words say when they deny without a denial verb: "That never happened."
// The words may be quoted inside a paraphrase: said the report was “pure fiction”.
const DENIAL_WORDS =
  /\b(?:never (?:happened|came up|was raised|were raised|was discussed|were discussed)|(?:is|was|are|were|'s|’s|had been|has been) ["“]?(?:completely |totally |simply |absolutely |entirely |just |pure |utterly |categorically |patently |demonstrably |wholly )?(?:untrue|false|not true|baseless|a lie|lies|fabricated|nonsense|wrong|not accurate|inaccurate|groundless|unfounded|misleading|fiction|a fabrication|a smear|taken out of context|a fairy tale|without merit|without foundation|meritless|frivolous|politically motivated|a witch hunt|a political stunt)|no truth|(?:stand|stands|stood) (?:firmly )?by (?:the|our|its|his|her|their|every)|out of context|(?:did|has done|have done|had done) nothing wrong|(?:had|has|have) ["“]?nothing(?: whatsoever| at all)?["”]? to do with|(?:had|has|have) (?:no|never had any) (?:connection|links?|involvement|ties)\b|clear(?:ing)? (?:his|her|their|its|my|our) names?|(?:has|have|had) no (?:information|evidence|indication)(?: whatsoever)? (?:to suggest|suggesting|of|that)\b[^.;]{0,40}?\b(?:wrongdoing|violations?|breach(?:es)?|misconduct|impropriety|irregularit(?:y|ies)|fraud))\b/iu
// "The minister has never discussed a contract", "he had “never administered” …": a party that says
// it (or the one it speaks for) never did the act. Only a pronoun or a party's title may be the
// subject: "the suspect had never met the victim" is what police say of someone else. A passive ("was
// never offered") and seeing or knowing ("I had never seen anything like it", a witness) deny nothing.
const NEVER_DID =
  /(?:^|["“]|\bthat\s)(?:I|we|he|she|they|it|(?:my|our|his|her|their) client|the (?:minister|mayor|premier|president|company|firm|senator|member|councillor|department|ministry|agency|board|school))\s+(?:(?:has|have|had|did)\s+)?["“]?never (?:once |ever )?(?:discussed|met|spoke|spoken|talked|administered|gave|given|received|accepted|took|taken|paid|asked|ordered|authori[sz]ed|approved|instructed|directed|pressured|offered|promised|signed|threatened|touched|harassed)\b/iu // Or by asserting that what was done was proper, the other half of a denial: "said it had won the
// contract fairly", "never meant to deceive", "awarded exactly as the rules allow", "acted lawfully",
// "met every applicable safety standard", "posed no risk to human health".
const PROPRIETY_WORDS =
  /\b(?:(?:won|awarded|obtained|granted|conducted|handled|done|made)\b[^.;]{0,40}?\b(?:fairly|properly|lawfully|legally|by the book)|never (?:meant|intended) to|as the rules allow|in accordance with (?:the )?(?:rules|law|policy)|followed (?:all |the |every |each )?(?:applicable |relevant )?(?:rules?|procedures?|protocols?|law|laws|polic(?:y|ies)|guidelines|regulations)|acted ["“]?(?:properly|lawfully|legally|appropriately|in good faith|within (?:the|their|its|his|her) )|(?:met|meets|meet|complied with|complies with|comply with|exceeded|exceeds) ["“]?(?:(?:all|every|each|the) )?(?:[\p{L}-]+ ){0,3}?(?:standards?|regulations|requirements|safety codes?)|(?:posed|poses|pose|posing) ["“]?no (?:risk|danger|threat)|within (?:national|legal|safe|regulatory|permitted|acceptable|allowable) (?:limits|levels)|no decision (?:had|has) been (?:taken|made)|(?:was|were|had been) ["“]?free(?:,)? (?:and )?fair)\b/iu

// What a speaker's own words say when they admit: "I take responsibility", "it was an honest error".
// (An apology is left out: "We apologise to every passenger" answers no claim.)
const ADMISSION_WORDS =
  /\b(?:(?:take|takes|took|accept|accepts|accepted) (?:full )?responsibility|(?:I|we) should (?:not |never )?have|(?:I|we) (?:made|make) (?:a |an )?(?:\w+ )?(?:mistake|error)|(?:was|were) ["“]?an? (?:honest |regrettable |clerical |administrative )*(?:mistake|error))\b/iu

// "denied the firm a licence", "denied him bail": denying someone a thing answers no claim. With a
// second object after the first ("denied two other firms a chance to bid"), whatever the thing is.
export const DENIED_SOMEONE_SOMETHING =
  /^\s+(?:(?:the|his|her|their|its|them|him|us|me|two|three|four|several|some|both|these|those|other)\s+|\p{Lu}[\p{L}'’-]*\s+)(?:[\p{L}'’-]+\s+){0,2}?(?:a|an)\s+(?!(?:day|week|month|year|time|decade)\b)[\p{L}-]+/u
export const DENIED_A_THING =
  /^\s+(?:(?:the|a|an|his|her|their|its|them|him|us|me|any)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:(?:a|an|any|the)\s+)?(?:licen[cs]es?|permits?|bail|access|entry|visas?|permission|requests?|applications?|benefits?|coverage|funding|parole|asylum|approval|loans?|refunds?|service|services|tenure|promotion)\b/u

/** What an attribution's own words do: deny ("That never happened"), or admit ("I take responsibility"). */
export function ownWordsStance(words: string): ResponseStance | null {
  if (DENIAL_WORDS.test(words) || PROPRIETY_WORDS.test(words) || NEVER_DID.test(words)) return 'denies'
  return ADMISSION_WORDS.test(words) ? 'admits' : null
}
