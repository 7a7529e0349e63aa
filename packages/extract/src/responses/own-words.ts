import type { ResponseStance } from './find-responses.ts'

// What a speaker's own words say when they deny or admit without a response verb: "That never
// happened", "We reject the suggestion", "the payments were entirely legal", "I take
// responsibility". Each lexicon is a set of fixed phrases with bounded gaps (linear scan).

// The judgements a denial puts on a claim, after a copula ("the report is …", "that was …") or
// "called it …".
const FALSE_WORDS =
  'untrue|false|not true|baseless|a lie|lies|fabricated|nonsense|wrong|not accurate|inaccurate|groundless|unfounded|misleading|fiction|a fabrication|a smear|a smear campaign|taken out of context|a fairy tale|without merit|without foundation|meritless|frivolous|politically motivated|a witch hunt|a political stunt|a hit piece|a hit job|a smear job|a hit-job|a hatchet job|false and defamatory|defamatory|slanderous|libell?ous|riddled with (?:errors|inaccuracies|falsehoods)|full of (?:errors|inaccuracies|falsehoods)|deeply flawed|fundamentally flawed|seriously flawed|flawed|exaggerated|overblown|grossly exaggerated|distorted|a distortion|a mischaracteri[sz]ation|mischaracteri[sz]ed|misrepresented|a misrepresentation|unfair|not fair|categorically false|simply not the case|not the case|incorrect|erroneous|speculation|pure speculation|conspiracy theor(?:y|ies)|fake news|misinformation|disinformation'
const ADVERBS =
  'completely |totally |simply |absolutely |entirely |just |pure |utterly |categorically |patently |demonstrably |wholly |clearly |blatantly |grossly |deeply |factually |plainly |flatly '

const DENIAL_PHRASES = [
  // "That never happened", "it was never discussed".
  String.raw`never (?:happened|came up|was raised|were raised|was discussed|were discussed|took place|occurred)`,
  // "the bid was never discussed", "it was never mentioned".
  String.raw`(?:was|were|had been|has been) never (?:discussed|raised|mentioned|brought up|talked about|on the table|considered)`,
  // "patient safety has never been compromised": what was alleged to be harmed never was.
  String.raw`(?:has|have|had|was|were) never been (?:compromised|at risk|in danger|breached|violated|endangered|put at risk)`,
  // A copula and a judgement: "the story is “completely false”".
  String.raw`(?:is|was|are|were|'s|’s|had been|has been|have been) ["“]?(?:${ADVERBS})?["“]?(?:${FALSE_WORDS})`,
  // "We reject the suggestion", "I categorically deny", "we strongly disagree".
  // "the report mischaracterizes the situation", "misrepresents what happened".
  // "the report “misunderstands how mobile advertising works”", "misreads the data".
  String.raw`(?:mischaracteri[sz]es|mischaracteri[sz]ed|misrepresents|misrepresented|distorts|distorted|misstates|misstated|twists|twisted|misunderstands|misunderstood|misreads|misinterprets|misinterpreted|misconstrues|misconstrued) (?:the|what|how|his|her|their|its|our|my)`,
  // "he had no recollection of the meeting", "was not briefed", "did not know about": not knowing of the act.
  String.raw`(?:had|has|have) no (?:recollection|memory|knowledge) of|(?:does|do|did)(?: not|n['’]t) (?:recall|remember)|(?:was|were) (?:never |not )(?:aware|briefed)(?: of| about| that| on)?|(?:did not|didn['’]t) know (?:about|of|that)`,
  String.raw`(?:^|["“]\s*)(?:absolutely|certainly|definitely|of course) not`,
  // "That's simply not what happened", "It didn't happen".
  String.raw`(?:is|was|'s|’s) (?:simply |just |absolutely |clearly )?not what (?:happened|occurred|took place)|(?:it|that|this) (?:did not|didn['’]t|never) happen`,
  // "the report contains “factual errors”".
  String.raw`(?:report|story|article|study|audit|review|analysis|survey|claims?|allegations?|lawsuit|complaint)["”]? (?:contains?|contained|includes?|included) ["“]?(?:several |numerous |many |serious |significant |basic )?(?:factual )?(?:errors|inaccuracies|mistakes|falsehoods)`,
  String.raw`no truth|(?:stand|stands|stood) (?:firmly )?by (?:the|our|its|his|her|their|every)|out of context`,
  // "did nothing wrong", "did not do anything illegal", "no wrongdoing".
  String.raw`(?:did|has done|have done|had done|do|does) nothing (?:wrong|illegal|improper|unlawful|unethical|untoward|inappropriate)`,
  String.raw`(?:did not|didn['’]t|never) do anything (?:wrong|illegal|improper|unlawful|unethical|untoward|inappropriate)`,
  String.raw`(?:(?:is|was|are|were|am) (?:completely |totally |entirely )?innocent|(?:his|her|their|my|our) innocence)`,
  String.raw`(?:had|has|have) ["“]?nothing(?: whatsoever| at all)?["”]? to do with|(?:had|has|have) (?:no|never had any) (?:connection|links?|involvement|ties)\b`,
  String.raw`clear(?:ing)? (?:his|her|their|its|my|our) names?`,
  String.raw`(?:has|have|had) no (?:information|evidence|indication)(?: whatsoever)? (?:to suggest|suggesting|of|that)\b[^.;]{0,40}?\b(?:wrongdoing|violations?|breach(?:es)?|misconduct|impropriety|irregularit(?:y|ies)|fraud)`,
]
// "We reject the suggestion", "I categorically deny", "we strongly disagree": a first person's
// response verb inside the quote.
const FIRST_PERSON_DENIAL = String.raw`(?:^|["“\s])(?:I|we)\s+(?:(?:strongly|categorically|flatly|completely|firmly|totally|emphatically|vehemently|utterly|absolutely|fundamentally|respectfully|entirely|also|would|do|must)\s+){0,2}(?:deny|reject|dispute|refute|disagree|contest|do not accept|don['’]t accept|cannot accept|can['’]t accept|take issue)\b`
const DENIAL_WORDS = new RegExp(String.raw`\b(?:${DENIAL_PHRASES.join('|')})\b|${FIRST_PERSON_DENIAL}`, 'iu')

// "The minister has never discussed a contract", "he had “never administered” …": a party that says
// it (or the one it speaks for) never did the act. Only a pronoun or a party's title may be the
// subject: "the suspect had never met the victim" is what police say of someone else. A passive ("was
// never offered") and seeing or knowing ("I had never seen anything like it", a witness) deny nothing.
const NEVER_DID =
  /(?:^|["“]|\bthat\s)(?:I|we|he|she|they|it|(?:my|our|his|her|their) client|the (?:minister|mayor|premier|president|company|firm|senator|member|councillor|department|ministry|agency|board|school))\s+(?:(?:has|have|had|did)\s+)?["“]?never (?:once |ever )?(?:discussed|met|spoke|spoken|talked|administered|gave|given|received|accepted|took|taken|paid|asked|ordered|authori[sz]ed|approved|instructed|directed|pressured|offered|promised|signed|threatened|touched|harassed)\b/iu

// Or by asserting that what was done was proper, the other half of a denial: "said it had won the
// contract fairly", "never meant to deceive", "followed the training in place at the time", "the
// payments were entirely legal", "met every applicable safety standard", "posed no risk".
const PROPRIETY_PHRASES = [
  String.raw`(?:won|awarded|obtained|granted|conducted|handled|done|made)\b[^.;]{0,40}?\b(?:fairly|properly|lawfully|legally|by the book)`,
  String.raw`never (?:meant|intended) to|as the rules allow|in (?:full |strict |complete )?accordance with (?:the |all )?(?:[\p{L}-]+ ){0,2}?(?:rules|law|laws|policy|policies|procedures?|regulations|legislation)`,
  String.raw`(?:followed|follows|adhered to|complied with|complies with) (?:all |the |every |each |its |our |their |standard |established )?(?:applicable |relevant |proper |established |standard |best |usual |[\p{L}-]+ )?(?:rules?|procedures?|protocols?|law|laws|polic(?:y|ies)|guidelines|regulations|training|practices?|processes?)`,
  String.raw`acted ["“]?(?:properly|lawfully|legally|appropriately|responsibly|in good faith|within (?:the|their|its|his|her) )`,
  String.raw`(?:met|meets|meet|complied with|complies with|comply with|exceeded|exceeds) ["“]?(?:(?:all|every|each|the) )?(?:[\p{L}-]+ ){0,3}?(?:standards?|regulations|requirements|safety codes?)`,
  // "the contract was properly tendered", "was lawfully obtained".
  String.raw`(?:properly|fairly|lawfully|legally|fully) (?:tendered|awarded|handled|conducted|obtained|approved|documented|disclosed|reported|licensed|permitted)`,
  String.raw`(?:posed|poses|pose|posing) ["“]?no (?:risk|danger|threat)|within (?:national|legal|safe|regulatory|permitted|acceptable|allowable) (?:limits|levels)`,
  String.raw`no decision (?:had|has) been (?:taken|made)|(?:was|were|had been) ["“]?free(?:,)? (?:and )?fair`,
  // "the payments were “entirely legal”", "the contract was above board".
  String.raw`(?:is|was|are|were|had been|has been|have been) ["“]?(?:entirely |completely |perfectly |fully |always been |totally )?(?:legal|lawful|above board|appropriate and lawful|justified|legitimate|within the (?:rules|law))`,
]
const PROPRIETY_WORDS = new RegExp(String.raw`\b(?:${PROPRIETY_PHRASES.join('|')})\b`, 'iu')

// What a speaker's own words say when they admit: "I take responsibility", "it was an honest error",
// "we got it wrong", "mistakes were made". (An apology is left out: "We apologise to every passenger"
// answers no claim.)
const ADMISSION_WORDS =
  /\b(?:(?:take|takes|took|accept|accepts|accepted) (?:full )?responsibility|(?:I|we) should (?:not |never )?have|(?:I|we) (?:made|make) (?:a |an )?(?:\w+ )?(?:mistake|error)|(?:was|were) ["“]?an? (?:honest |regrettable |clerical |administrative )*(?:mistake|error)|(?:I|we) got (?:it|this|that) wrong|mistakes were made|(?:I|we) fell short)\b/iu

// A judgement inside a condition or a question denies nothing: "If it's a fairy tale, the
// commissioner will say so", "whether the figures are wrong".
const CONDITION_BEFORE = /\b(?:if|whether|unless|even if)\b[^.;!?]*$/iu

function denies(words: string): boolean {
  for (const re of [DENIAL_WORDS, PROPRIETY_WORDS, NEVER_DID]) {
    const m = re.exec(words)
    if (m && !CONDITION_BEFORE.test(words.slice(0, m.index))) return true
  }
  return false
}

// "“No comment,” Fitzgerald said", "“That's correct,” said the manager".
const NO_COMMENT = /^["“]?\s*no comment\b/iu
const THAT_IS_CORRECT =
  /^["“]?\s*(?:that['’]s|that is|yes,? (?:that['’]s|that is)) (?:correct|right|true|accurate)\b/iu

/** What an attribution's own words do: deny ("That never happened"), admit ("I take responsibility"), decline or confirm. */
export function ownWordsStance(words: string): ResponseStance | null {
  if (NO_COMMENT.test(words)) return 'declines_to_comment'
  if (THAT_IS_CORRECT.test(words)) return 'confirms'
  if (denies(words)) return 'denies'
  return ADMISSION_WORDS.test(words) ? 'admits' : null
}
