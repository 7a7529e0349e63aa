import type { ResponseStance } from './find-responses.ts'

// The words that make a response: cue phrases with their stance (own-words.ts reads what a
// speaker's words say without such a cue). Every pattern is a fixed phrase with bounded gaps, so a
// scan stays linear in the text.

// What a newsroom sends a party, and the words saying no answer came (also find-responses.ts, which
// names the party the message was for).
export const MESSAGE_NOUNS = String.raw`(?:[Mm]essages?|[Cc]alls?|[Ee]mails?|[Rr]equests?(?: for comment)?|[Ii]nquiries|[Qq]ueries|[Vv]oicemails?|[Qq]uestions)`
export const UNANSWERED = String.raw`(?:(?:was|were|have been|has been) not returned|went unanswered|(?:has|have) gone unanswered)`

// Cues that are not reporting verbs with content. Each alternative is a fixed phrase with bounded
// gaps, so the scan is linear.
export const PHRASES: { re: RegExp; stance: ResponseStance }[] = [
  {
    // Declining to comment is any refusal to say something: "declined to give details", "would not
    // say whether", "refused to answer questions", "does not comment on", "could not get into that",
    // "referred questions to the ministry".
    re: /\b(?:declined|declines|refused|refuses|would not|wouldn['’]t|will not|won['’]t|did not want|chose not) to (?:comment|be interviewed|respond|answer|discuss|confirm|elaborate|say|give|provide|reveal|disclose|specify|identify|name|share|explain|speculate|release|detail|speak|talk)\b|\b(?:declined|declines) comment\b|\bhad no (?:immediate |further )?comment\b|\b(?:would not|wouldn['’]t|will not|won['’]t) (?:comment|say|confirm|discuss|elaborate|name|identify|release|disclose|reveal|share|specify|detail)\b|\b(?:does|do|did)(?: not|n['’]t) comment\b|\bhad nothing (?:more |further |else )?to add\b|\boffered no (?:further |immediate )?comment\b|\b(?:would|will) (?:only say|say only)\b|\b(?:was|were|is|are) (?:unable|not able|not in a position) to (?:comment|discuss|elaborate|answer|talk about)\b|\b(?:declined|declines|refused|refuses) (?:an |the |a |repeated |several |multiple )?interviews?\b(?! requests?)|\b(?:declined|refused|did not|didn['’]t) (?:to )?make (?:anyone|someone|anybody|an? [\p{L}-]+|any [\p{L}-]+) available\b|\b(?:refused|refuses) comment\b|\b(?:would be|is|was|it's|it’s) (?:inappropriate|premature|not appropriate) to (?:comment|discuss|speculate)\b|\b(?:does|do|did|would|will)(?: not|n['’]t) confirm or deny\b|\b(?:had|has|have) nothing (?:more |further )?to say\b|\bhung up\b|\b(?:said|says) only that\b|\b(?:declined|refused)(?=,?\s+citing\b|[.;])|\b(?:could not|cannot|can['’]t|couldn['’]t) (?:comment|discuss|(?:get|go) into (?:that|it|this|details|specifics|the (?:details|specifics|matter|case))|talk about|speak about)\b|\b(?:would not|wouldn['’]t|will not|won['’]t) be (?:commenting|discussing|saying)\b|\breferred (?:all |further )?(?:questions|inquiries|queries|requests for comment) to\b|\b(?:would|will|did|could) neither confirm nor deny\b|\b(?:declined|refused|turned down) (?:an |a |the |repeated |several |multiple )?(?:interview requests?|requests? for (?:an )?(?:interviews?|comment))\b|\b(?:does|do|did|would|will)(?: not|n['’]t) (?:confirm|say|disclose|reveal|discuss) (?:whether|if|who)\b/giu,
    stance: 'declines_to_comment',
  },
  {
    re: /\b(?:did not|didn['’]t|has not|hasn['’]t|had not|have not|haven['’]t) (?:immediately )?(?:respond|responded|return(?:ed)?|reply|replied)\b|\b(?:could not|couldn['’]t|cannot|can['’]t) (?:immediately )?be (?:reached|contacted)\b|\b(?:was|were) not (?:immediately )?available (?:for|to) comment\b|\b(?:was|were) unreachable\b|\b(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not) (?:immediately )?answer(?:ed)? (?:a |an |the |any |our |their )?(?:[\p{L}-]+ ){0,2}?(?:calls?|phone calls?|emails?|e-mails?|messages?|the phone|requests?|questions?|list|inquir(?:y|ies)|queries|query)\b|\b(?:has|have|had) not (?:yet )?(?:publicly )?commented\b|\b(?:did not|didn['’]t) (?:provide|give|offer|send) (?:a |any )?(?:comment|response|reply|statement)\b|\bdid not get back to\b|\b(?:has|have|had) yet to (?:respond|reply|answer|return)\b|\b(?:was|were) (?:travelling|traveling|away|abroad|on vacation|on leave) and (?:unavailable|could not be reached)\b|\b(?:was|were|is|are) unavailable (?:for|to) comment\b/giu,
    stance: 'did_not_respond',
  },
  {
    // "A message left for Smith was not returned", "Calls to the ministry went unanswered": the party
    // is the one the message went to. The lookbehind runs only where the verb phrase matched.
    re: new RegExp(
      String.raw`\b${UNANSWERED}\b(?<=\b${MESSAGE_NOUNS}\s(?:left\s|sent\s)?(?:with|for|to|at|from)\s[^.;!?\n]{1,60}\s${UNANSWERED})`,
      'gu',
    ),
    stance: 'did_not_respond',
  },
  {
    // "Neither the minister nor her office replied": the negation is in the subject. The lookbehind
    // runs only where the verb matched and reaches back at most 170 characters.
    re: /\b(?:replied|responded|answered|returned)\b(?<=\b[Nn]either\s[^.;!?\n]{1,80}\snor\s[^.;!?\n]{1,80}\s(?:replied|responded|answered|returned))/gu,
    stance: 'did_not_respond',
  },
  {
    // The base forms answer too ("Both Delgado and his partner deny the allegations", "continues to
    // deny liability"), but not after another "to" ("asked him to deny it").
    re: /\b(?:denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes|contested|contests|contradicted|contradicts|countered)\b|\bcounters(?= that\b|,)|\b(?:(?<!\bto )(?:deny|reject|dispute|refute)|(?<=\bcontinues? to |\bcontinued to )(?:deny|reject|dispute|refute))\b/giu,
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
  {
    // Other verbs of a denial: "pushed back on the report", "took issue with the figures", "has
    // maintained his innocence", "does not accept the findings", "defended the decision".
    re: /\b(?:rebutted|rebuts|rebuffed|rebuffs)\b|\b(?:pushed|pushes) back (?:hard |strongly |firmly )?(?:on|against)\b|\b(?:brushed|brushes) (?:off|aside)\b|\b(?:issued|issues|released|gave) (?:a |an )?(?:[\p{L}-]+ )?denial\b|\b(?:disagreed|disagrees)["”]? with\b|\b(?:took|takes) issue with\b|\b(?:maintained|maintains|protested|protests|asserted|asserts|proclaimed|proclaims) (?:his|her|their|its) innocence\b|\b(?:challenged|challenges|questioned|questions) the (?:accuracy|findings|conclusions?|figures|methodology|validity|characteri[sz]ation|report|allegations?|claims?)\b|\b(?:did not|does not|do not|would not|will not|didn['’]t|doesn['’]t|don['’]t|won['’]t) accept (?:the|these|those|its|their|that|this|any)\b|\b(?:defended|defends) (?:his|her|their|its|the) (?:[\p{L}-]+\s+){0,2}?(?:decisions?|conduct|actions?|record|handling|response|polic(?:y|ies)|practices?|deal|contract|program|programme|spending|comments|remarks|choices?|approach|move|hiring|appointment|payments?|process|investigation|reporting|story|work|use)\b/giu,
    stance: 'denies',
  },
  {
    // Fighting the charge is denying it: "is contesting all six charges", "are disputing the findings".
    re: /\b(?:is|are|was|were) (?:still |now )?(?:contesting|disputing|denying|fighting|challenging) (?:the |all |both |each |every |his |her |their |its |any )?(?:[\p{L}\d-]+\s+){0,3}?(?:charges?|allegations?|claims?|accusations?|counts?|findings?|tickets?|fines?|citations?|lawsuits?|suit|case|penalt(?:y|ies))\b/giu,
    stance: 'denies',
  },
  { re: /\b(?:admitted|admits|acknowledged|acknowledges|conceded|concedes)\b/giu, stance: 'admits' },
  {
    // A plea of guilty admits the charge; taking responsibility or apologising admits the act. ("We
    // apologise to every passenger", in the first person, is a courtesy and not matched.)
    re: /\b(?:apologized|apologised|apologizes|apologises)\b|\b(?:owned|owns) up to\b|\bchanged (?:his|her|their|its) plea to guilty\b|\b(?:pleaded|pleads|plead) guilty\b|\b(?:took|takes|accepted|accepts|claimed|claims) (?:full )?responsibility\b/giu,
    stance: 'admits',
  },
  {
    // Not disputing a claim confirms it: "did not dispute the figures", "does not deny that he met".
    re: /\b(?:confirmed|confirms|verified|verifies|corroborated|corroborates)\b|\b(?:did|does|do|has|have)(?: not|n['’]t) (?:dispute|deny|contest|challenge)(?:d)? (?:the|that|these|those|it|this|any|his|her|their|its)\b/giu,
    stance: 'confirms',
  },
]

// "denied the firm a licence", "denied him bail": denying someone a thing answers no claim. With a
// second object after the first ("denied two other firms a chance to bid"), whatever the thing is.
export const DENIED_SOMEONE_SOMETHING =
  /^\s+(?:(?:the|his|her|their|its|them|him|us|me|two|three|four|several|some|both|these|those|other)\s+|\p{Lu}[\p{L}'’-]*\s+)(?:[\p{L}'’-]+\s+){0,2}?(?:a|an)\s+(?!(?:day|week|month|year|time|decade)\b)[\p{L}-]+/u
export const DENIED_A_THING =
  /^\s+(?:(?:the|a|an|his|her|their|its|them|him|us|me|any)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:(?:a|an|any|the)\s+)?(?:licen[cs]es?|permits?|bail|access|entry|visas?|permission|requests?|applications?|benefits?|coverage|funding|parole|asylum|approval|loans?|refunds?|service|services|tenure|promotion|motions?|injunctions?|bids?|exemptions?|extensions?|waivers?|stays?|leave to appeal)\b/u

// "rejected" and "dismissed" answer a claim only when their object is one ("dismissed the
// allegations", "rejected calls to resign", "dismissed it as …", "which he rejected."): the court
// that dismissed a lawsuit, the division that rejected two offers and the firm that dismissed an
// employee answer nothing.
export const REJECTS_OR_DISMISSES = /^(?:rejected|rejects|reject|dismissed|dismisses)$/iu
export const CLAIM_OBJECT =
  /^(?:\s*(?:(?:on|last|this|earlier|late|in) [\p{L}\d]+\s*)?(?:[,.;:!?"”)—–]|$)|\s+(?:as|that|it|them|this|these|those|any|all|such|out of hand|outright)\b|\s+(?:[\p{L}'’-]+\s+){0,4}?(?:allegations?|claims?|accusations?|reports?|reporting|story|stories|articles?|suggestions?|characteri[sz]ations?|criticisms?|critiques?|findings?|conclusions?|assertions?|notion|idea|account|accounts|version|figures?|numbers|estimates?|comparisons?|premise|portrayal|depiction|descriptions?|rumou?rs?|speculation|concerns?|complaints?|calls?|demands?|assessment|analysis|interpretation|label|theory|narrative|contention|view|insinuations?|innuendo|charges? (?:as|of)|the charge that)\b)/iu
