// The words that tell a source's kind, read by source-type.ts: titles, heads of public bodies,
// documents and outlets, and the words that make a source anonymous.

export const ANONYMOUS =
  /\b(?:unnamed|anonymous|anonymity|unidentified|undisclosed|sources?|insiders?|familiar with|not authori[sz]ed|on condition|declined to be (?:named|identified)|asked not to be (?:named|identified)|(?:a|one|two|three|several) (?:senior |government |federal |former )*officials?)\b/i
export const ANONYMITY_REASON =
  /\b(?:because (?:they|he|she) (?:was|were|is|are) not authori[sz]ed|not authori[sz]ed to (?:speak|discuss|comment)|on condition of anonymity|for fear of|to protect|due to the sensitivity|because of the sensitivity|to speak freely)\b/i
export const OUTLET =
  /\b(?:news|times|post|press|journal|herald|gazette|star|globe|tribune|magazine|newspaper|broadcaster|reuters|bloomberg|cbc|ctv|cnn|bbc|nbc|abc|cbs|npr|pbs|citynews|radio-canada|la presse|le devoir|tva|postmedia|politico|axios|maclean's|macleans|the outlet|media reports?|reports? by|observer|sentinel|chronicle|daily|courier|examiner|telegraph|guardian|mirror|dispatch|bulletin|wire|newswire|free press|radio|television|tv|broadcasting|news agency|press agency|xinhua|tass|ria novosti|interfax|yonhap|kyodo|afp|agence france-presse|associated press|ansa|efe|dpa|anadolu|irna|kcna|canadian press|weekly|tabloid|broadsheet|newsletter|podcast|news site|news website)\b/i
export const DOCUMENT_HEADS = new Set(
  'report reports summary summaries correction corrections retraction erratum draft drafts log logs guide guides handbook manual register registry database spreadsheet calendar entries footage recording recordings invoices receipts contract contracts bylaw study studies inspection inspections assessment assessments evaluation evaluations notice notices statement statements document documents filing filings ruling decision judgment lawsuit memo memos letter letters email emails release budget survey poll polls data record records affidavit paper audit review analysis figures estimates guidelines indictment complaint transcript transcripts minutes notice agreement documents website post posts tweet message release comparison comparisons petition petitions lawsuits suit listings submission submissions brief briefs chart charts map maps list lists presentation presentations slides'.split(
    ' ',
  ),
)
export const GOVERNMENT =
  /\b(?:ministry|ministries|department|government|police|rcmp|csis|cse|opp|spvm|agency|parliament|house of commons|commons|legislature|national assembly|inquiry|senate|cabinet|city hall|province|municipality|council|commission|court|tribunal|military|armed forces|embassy|consulate|health canada|statistics canada|elections canada|global affairs|border services|prime minister's office|pmo|white house|kremlin|pentagon|ottawa|beijing|washington|queen's park|crown|prosecutors?|the city)\b/i
export const ORGANISATION =
  /\b(?:inc|ltd|corp|corporation|company|companies|co|group|association|union|university|college|bank|party|federation|foundation|institute|board|coalition|society|league|club|team|firm|carrier|retailer|chain|manufacturer|maker|developer|operator|insurer|lender|contractor|supplier|grocer|automaker|startup|employer|distributor|hospital|airline|organi[sz]ation|charity|nhl|nba|nfl|cfl|mlb|fifa|uefa|ioc|un|nato|who|liberals|conservatives|ndp|bloc|greens|caucus|committee|network|lab|laboratory|bureau|service|services|centre|center|council)\b/i
/** Words that name a person's role: the head of a source mention that is a person. */
export const PERSON_TITLES = new Set(
  "minister spokesperson spokesman spokeswoman lawyer attorney counsel professor leader president ceo cfo chief mp mpp mla mna senator premier mayor councillor councilor officer director manager analyst economist expert doctor dr nurse judge justice coach player captain chair chairman chairwoman head founder owner resident residents witness mother father son daughter wife husband sister brother friend neighbour neighbor student teacher scientist researcher author official officials critic critics member members advocate activist spokespeople secretary commissioner superintendent inspector sergeant constable detective chairperson co-founder co-chair vice-president partner candidate voter voters parent parents worker workers union-leader congressman congresswoman deputy diplomat ambassador governor general colonel minister's victim victims survivor farmer owner-operator fan fans".split(
    ' ',
  ),
)
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them'])

// Unnamed insiders: "a senior defence official", "two officers familiar with the case", "people
// briefed on the plan". Said without a name, these are anonymous sources (AP, Reuters policies).
export const INSIDER_HEADS = new Set(
  'official officials officer officers diplomat diplomats person people employee employees staff staffer staffers aide aides member members insider insiders source sources adviser advisers advisor advisors executive executives manager managers supervisor supervisors investigator investigators lawmaker lawmakers legislator legislators commissioner commissioners councillor councillors councilor councilors senator senators regulator regulators agent agents witness witnesses'.split(
    ' ',
  ),
)
export const UNNAMED_DETERMINERS = new Set(
  'a an one two three four five several some many other another more few dozens at least'.split(' '),
)
// Words that end the head noun phrase and start its post-modifier ("of", "familiar with", "who").
export const POST_MODIFIER = new Set(
  'of with in by from at for on to familiar close who whose which that briefed quoted cited involved knowledgeable aware connected obtained released published sent signed delivered submitted'.split(
    ' ',
  ),
)
// An organisation's name: legal forms and words companies and advocacy groups put in their names.
export const ORGANISATION_NAME =
  /&|\d|\b(?:international|mobile|local|alliance|watch|air|airways|airlines?|asphalt|concrete|engineering|consulting|consultants|aggregates|lumber|farms|dairy|brewing|brewery|trucking|freight|shipping|aerospace|rail|railway|wireless|petroleum|plastics|packaging|apparel|furniture|hardware|appliances|electronics|software|studios|entertainment|hotels|resorts|casinos|builders|developments|properties|realty|investments|outfitters|supply|supplies|energy|steel|partners|holdings|systems|technologies|pharmaceuticals?|motors|foods|capital|fund|trust|defence|defense|rights|action|industries|enterprises|labs|solutions|resources|mining|insurance|network|media|communications|ventures|logistics|realty|construction|paving)\b/i
// Government bodies named after the jurisdiction ("Transport Canada", "Elections Ontario") or as an office.
// Canada's federal departments ("Fisheries and Oceans Canada"), the provinces' health authorities
// and Crown corporations, and the public bodies of schools and police.
export const GOVERNMENT_NAME =
  /\b(?:(?:transport|elections|health|environment|environment and climate change|fisheries|fisheries and oceans|parks|statistics|employment|employment and social development|immigration|immigration, refugees and citizenship|justice|finance|revenue|veterans|veterans affairs|agriculture|agriculture and agri-food|infrastructure|public safety|natural resources|indigenous services|crown-indigenous relations|public services and procurement|innovation, science and economic development|global affairs|shared services|library and archives|women and gender equality|canadian heritage) (?:canada|ontario|quebec|alberta|manitoba|saskatchewan|nova scotia|new brunswick|british columbia|b\.c\.)|office of the|(?:port|transit|housing|health|school|regulatory|licensing) authority|authority|alberta health services|(?:ontario|nova scotia|fraser|interior|island|vancouver coastal|northern|shared|horizon) health|canada (?:[\p{L}-]+ ){1,3}corporation|crown corporation|school (?:board|district|division)|(?:transportation |transport |workplace )?safety board|parole board|labour (?:relations )?board|refugee board|energy board|utilities board|board of (?:education|health)|police (?:board|service|services board)|transit commission|(?:wildfire|fire|ambulance|correctional|parole|border|revenue|weather|forest|emergency|paramedic|coroners?['’]?|probation) service|service (?:canada|ontario|nova scotia|new brunswick|alberta|manitoba|saskatchewan|bc|b\.c\.)|regional (?:district|municipality)|(?:competition|fraud|statistics) bureau)\b/iu
// Public bodies named by what they do rather than by name ("the national civil defence institute",
// "a federal agency", "the state meteorological service"): a public level or a public function.
export const PUBLIC_FUNCTION =
  /\b(?:(?:national|federal|provincial|state|municipal|regional|county) (?:[\p{L}-]+ ){0,3}(?:agency|institute|service|office|regulator|department|ministry|directorate|inspectorate|bureau)|civil (?:defen[cs]e|protection)|emergency management|meteorological|geological survey|coast guard|fire (?:department|service)|public health)\b/iu
// A public body's people as a whole, without a count: "City staff", "City crews", "provincial officials".
export const PUBLIC_STAFF =
  /^(?:the\s+)?(?:city|town|county|village|municipal|provincial|federal|government|ministry|department) (?:staff|crews?|workers|officials|employees|inspectors|engineers|planners)$/iu
// An office speaking for its holder: "her office", "the premier's office", "Mayor Chow's office".
export const OFFICE_OF_HOLDER = /^(?:(?:his|her|their)|.*['’]s) office$/iu
// What a group of people is called: the head noun makes it an organisation, whatever public word
// comes before it ("the police union", "the city's bar association", "a teachers' federation").
export const ORGANISATION_HEADS = new Set(
  'union unions association associations federation federations coalition coalitions society league group groups party foundation alliance chamber guild opposition campaign movement'.split(
    ' ',
  ),
)
// Words that describe an unnamed group and are no names: an initialism, a nationality, a direction,
// a party or a house ("some Liberal MPs", "two Conservative senators", "senior PMO staff").
export const INITIALISM_OR_ADJECTIVE =
  /^(?:(?:\p{Lu}\.)+|\p{Lu}\p{L}*(?:an|ish|ese|ian|ic|i)|(?:Western|Eastern|Northern|Southern|Central)|(?:Liberal|Conservative|Tory|NDP|Democrat|Democratic|Republican|Green|Bloc|Labour|Opposition|Government|Cabinet|Senate|Commons|House|Party|PMO))$/u
// Words that describe an unnamed group's rank or field and are capitalised only because they open
// the sentence: "Senior military officials", "Top aides", "Intelligence officials" name nobody.
export const GROUP_DESCRIBERS = new Set(
  'senior top former current retired high-ranking junior local foreign military intelligence security government police defence defense administration company industry party campaign hospital school'.split(
    ' ',
  ),
)
// The head noun of a public body, whatever name comes before it: "the Alberta Energy Regulator".
export const GOVERNMENT_HEADS = new Set(
  'regulator ministry department agency commission authority tribunal court inspectorate ombudsman directorate prosecutors police district'.split(
    ' ',
  ),
)
// An unnamed group the sentence says spoke without their names: "Three nurses, who spoke on condition
// of anonymity", "Four guards, who asked not to be named": anonymous whatever the group is called.
export const SPOKE_ANONYMOUSLY =
  /\b(?:asked not to be (?:named|identified)|declined to be (?:named|identified)|(?:on|under) condition of anonymity|not authori[sz]ed to|spoke anonymously|requested anonymity)\b/i
// A council named for what it does is a body of members ("the Norwegian Refugee Council", "The
// Retail Council of Canada"); a city's, a region's or a legislature's council governs.
export const NAMED_COUNCIL =
  /\b(?!(?:City|Town|Municipal|County|Regional|Village|Band|Borough|District|Legislative|Privy|Security|Executive|Tribal|Metro|Metropolitan|Provincial|Federal|European)\b)\p{Lu}[\p{L}'’-]+ Council\b/u
export const PERSON_NAME_AFTER_TITLE = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u

// "One of the mothers", "two of the statisticians who found the error": some of an unnamed group.
export const PARTITIVE_HEADS = new Set(
  'one two three some several many most each both none either neither'.split(' '),
)
// People named by their work or their place, with no title: "two orthopaedic surgeons", "a former
// engineer", "Two linemen", "a tenant".
export const PEOPLE_NOUNS = new Set(
  'engineer surgeon physician paramedic firefighter soldier guard pilot driver technician mechanic lineman linemen crewman crewmen volunteer organizer organiser colleague coworker co-worker relative patient tenant passenger customer client user shopper caregiver pharmacist dentist therapist counsellor counselor accountant consultant clerk cashier chef cook janitor custodian trustee teammate classmate educator academic scholar lifeguard electrician plumber welder labourer laborer employee staffer whistleblower'.split(
    ' ',
  ),
)
// Numbers that count an unnamed group: "Three former engineers at the company", "two teachers".
export const COUNTS = new Set('two three four five six seven eight nine ten several'.split(' '))
// Words newspapers end their names with, capitalised after a place ("The Toronto Ledger", "the
// Hamilton Spectator", "the Waterloo Region Record"); lower-case, most of them are other things.
export const NEWSPAPER_NAME =
  /\b\p{Lu}[\p{L}'’.-]+ (?:Sun|Citizen|Record|Spectator|Ledger|Province|Leader|Mercury|Advocate|Beacon|Standard|Enterprise|Reporter|Nugget|Expositor|Intelligencer|Colonist|Recorder|Packet|Pioneer|Independent|Clarion|Sentinel|Dispatch|Chronicle|Today)$|\b(?:Diário|Diario|Jornal|Gazeta|Gazzetta|Corriere|Zeitung|Dagblad|Dagbladet|Tageblatt|Quotidien)\b/u
// The head of a description of a body, as the last noun before ", Name,": "an advocacy group for
// travellers", "the engineering firm that did the work", "a union local representing the workers".
export const GROUP_DESCRIPTION =
  /\b(?:group|firm|company|union|local|association|organi[sz]ation|charity|coalition|alliance|society|federation|foundation|chain|retailer|carrier|airline|manufacturer|developer|operator|insurer|bank|lender|contractor|supplier|network)\b[^,.;:!?]{0,60},\s*$/iu
