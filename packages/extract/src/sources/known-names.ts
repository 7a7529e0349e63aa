import type { SourceType } from './source-type.ts'

// Names news copy uses bare, with no word that tells their kind: newsrooms ("The Tyee"), companies
// ("Shopify", "WestJet") and public bodies ("Canada Post", "BC Hydro"). A gazetteer of the ones
// Canadian and international news cites most; a name the text itself describes is read from the
// text (text-kinds.ts). Matched whole, without a leading "the". Names that are also common surnames
// (Rogers, Bell, Porter, Ford) are left out: "Porter said" is more often a person.

const OUTLETS =
  "tyee|narwhal|logic|walrus|breach|ricochet|ipolitics|blacklock|blacklocks|national observer|canada’s national observer|canada's national observer|cp24|chch|bnn bloomberg|tva nouvelles|le journal de montréal|journal de montréal|le journal de québec|la presse canadienne|le soleil|le droit|l'actualité|citytv|aptn|cpac|marketplace|w5|the fifth estate|al jazeera|axios|propublica|the intercept|vox|vice|semafor|the atlantic|the new yorker|le monde|der spiegel|el país|el pais|nhk|yonhap|kyodo|xinhua|tass|interfax|sky news|itv|channel 4|abc news|nbc news|cbs news|fox news|msnbc|npr|pbs|the verge|techcrunch|wired|the economist|the guardian|the telegraph|the independent|the times|usa today|the washington post|the new york times|los angeles times|the hill|politico europe|financial post|national post|the globe|globe and mail"
const COMPANIES =
  'shopify|westjet|loblaw|loblaws|sobeys|metro inc|canadian tire|tim hortons|bce|telus|videotron|vidéotron|quebecor|freedom mobile|enbridge|tc energy|suncor|cenovus|imperial oil|irving oil|cn|cn rail|cpkc|canadian pacific|bombardier|cae|snc-lavalin|atkinsréalis|magna|linamar|rbc|td|td bank|bmo|cibc|scotiabank|desjardins|manulife|sun life|great-west lifeco|power corporation|brookfield|onex|thomson reuters|lululemon|aritzia|dollarama|couche-tard|saputo|mccain|maple leaf foods|nutrien|barrick|teck|first quantum|cameco|open text|opentext|cgi|celestica|blackberry|nortel|sunwing|transat|air transat|amazon|google|alphabet|meta|facebook|instagram|whatsapp|apple|microsoft|tesla|spacex|uber|lyft|airbnb|doordash|tiktok|bytedance|openai|anthropic|nvidia|intel|amd|ibm|oracle|netflix|disney|walmart|costco|ikea|nike|pfizer|moderna|astrazeneca|johnson & johnson|boeing|airbus|volkswagen|toyota|honda|general motors|gm|stellantis|samsung|huawei|alibaba|tencent|deloitte|kpmg|pwc|ernst & young|mckinsey|purdue pharma|canada post|via rail|bc hydro|hydro one|hydro-québec|hydro-quebec|manitoba hydro|saskpower|nb power|nova scotia power'
const PUBLIC_BODIES =
  'cmhc|canada mortgage and housing corporation|export development canada|business development bank of canada|bdc|bank of canada|metro vancouver|translink|metrolinx|ttc|stm|oc transpo|lcbo|sqdc|loto-québec|olg|icbc|wsib|worksafebc|cnesst|canada revenue agency|cra|cbsa|csis|cse|ircc|dnd|global affairs canada|health canada|the world health organization|who|nato|the united nations|united nations|un|the european union|european union|eu|the imf|imf|the world bank|world bank|interpol|europol'

const KNOWN = new Map<string, SourceType>()
for (const [list, kind] of [
  [OUTLETS, 'outlet'],
  [COMPANIES, 'organisation'],
  [PUBLIC_BODIES, 'government_body'],
] as const) {
  for (const name of list.split('|')) KNOWN.set(name.replace(/^the /u, ''), kind)
}

/**
 * The kind of a well-known bare name ("Shopify", "The Tyee", "Canada Post"), or null. The name must
 * be written as a name: capitalised, and an acronym in capitals ("WHO", not "who").
 */
export function knownKind(mention: string): SourceType | null {
  const name = mention
    .trim()
    .replace(/^the\s+/iu, '')
    .replace(/['’]s$/u, '')
  if (!/^\p{Lu}/u.test(name) || (name.length <= 3 && name !== name.toUpperCase())) return null
  return KNOWN.get(name.toLowerCase()) ?? null
}
