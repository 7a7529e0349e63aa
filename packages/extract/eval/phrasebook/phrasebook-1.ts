// Denials in the party's own quoted words with no denial verb: a flat contradiction, an alternative
// account, legality or safety asserted, the source attacked, the charge called politics.
import type { PhraseEntry } from './phrase-entry.ts'

export const DENIALS_QUOTED: PhraseEntry[] = [
  {
    text: 'Opposition critics say Health Minister Carla Duquette knew about the lab backlog in March. "The first briefing I received on the backlog was in June," Duquette told reporters Tuesday.',
    responses: [{ responder: 'Duquette', stance: 'denies' }],
  },
  {
    text: 'The union alleges Harbourview Foods fired six workers for organizing. "Those six employees were let go for documented attendance problems, full stop," said company spokesperson Mireille Pageau.',
    responses: [{ responder: 'Mireille Pageau|Harbourview Foods', stance: 'denies' }],
  },
  {
    text: 'A lawsuit claims the Pinecrest condo board hid water damage from buyers. "Every engineering report was posted on the owners\' portal the day we received it," board president Ray Okafor said in an interview.',
    responses: [{ responder: 'Ray Okafor|the Pinecrest condo board', stance: 'denies' }],
  },
  {
    text: 'Residents accuse the city of ignoring complaints about the Elm Street crossing. "That\'s simply not what happened. We logged and answered each of those calls," said Coun. Janet Morrow, who chairs the public works committee.',
    responses: [{ responder: 'Janet Morrow', stance: 'denies' }],
  },
  {
    text: 'A former aide says Senator Paul Gauthier told staff to shred expense files. "Nonsense. Nobody in my office was ever asked to destroy anything," Gauthier said.',
    responses: [{ responder: 'Gauthier', stance: 'denies' }],
  },
  {
    text: 'Environmental groups have said the new pipeline route crosses a protected wetland. "The route sits entirely outside the wetland boundary, as the provincial survey shows," said Northline Energy chief executive Arjun Mehta.',
    responses: [{ responder: 'Arjun Mehta|Northline Energy', stance: 'denies' }],
  },
  {
    text: 'The report says the mayor\'s brother received a no-bid contract worth $240,000. "Everything was done by the book. The contract went through the same review as any other," Mayor Lise Tremblay said.',
    responses: [{ responder: 'Lise Tremblay', stance: 'denies' }],
  },
  {
    text: 'Parents say the tap water at Maplewood Elementary is unsafe to drink. "The water at Maplewood meets every federal and provincial standard, and we test it monthly," said Dana Whitfield, a spokesperson for the Grand River school board.',
    responses: [{ responder: 'Dana Whitfield|the Grand River school board', stance: 'denies' }],
  },
  {
    text: 'The blog post accuses MPP Gordon Lye of accepting gifts from developers. "This is a smear from a website run by my opponent\'s campaign manager," Lye said.',
    responses: [{ responder: 'Lye', stance: 'denies' }],
  },
  {
    text: 'The NDP says the premier\'s office interfered in the ethics probe. "This is politics, pure and simple. The commissioner has never heard from this office," said Kyle Bourassa, the premier\'s press secretary.',
    responses: [{ responder: "Kyle Bourassa|the premier's press secretary", stance: 'denies' }],
  },
  {
    text: 'The lawsuit alleges Bellwood Motors rolled back odometers on 40 used cars. "False. Not one of those vehicles left our lot with a tampered odometer," owner Steve Kaminski told the Chronicle.',
    responses: [{ responder: 'Steve Kaminski', stance: 'denies' }],
  },
  {
    text: 'Witnesses said Const. Mark Devlin struck the man first. "My client was defending himself after being punched twice," said Ruth Ansell, Devlin\'s lawyer.',
    responses: [{ responder: 'Devlin|Ruth Ansell', stance: 'denies' }],
  },
  {
    text: 'Reports last week suggested the Wolves had agreed to sell arena naming rights to a casino operator. "There is no deal, there never was a deal, and there won\'t be one," club president Andrea Fortin said.',
    responses: [{ responder: 'Andrea Fortin', stance: 'denies' }],
  },
  {
    text: 'A short seller alleged Quantrel Inc. inflated its subscriber numbers. "Our subscriber figures are audited every quarter by an independent firm," Quantrel said in a statement.',
    responses: [{ responder: 'Quantrel', stance: 'denies' }],
  },
  {
    text: 'The Crown alleges Nadia Ferreira stole $1.2 million from her employer over six years. "She never took a dollar that wasn\'t hers," defence lawyer Brian Holt told the jury in his opening address.',
    responses: [{ responder: 'Nadia Ferreira|Brian Holt', stance: 'denies' }],
  },
  {
    text: 'The Globe reported that Mayor Tom Reyes had lobbied councillors on behalf of his cousin\'s firm. In a post on X, Reyes wrote: "I have never spoken to a single councillor about that company. Read the minutes."',
    responses: [{ responder: 'Reyes', stance: 'denies' }],
  },
  {
    text: 'Former employees say the Hope Bridge charity spent donations on staff retreats. "These claims have no merit whatsoever," said executive director Colleen Marsh.',
    responses: [{ responder: 'Colleen Marsh', stance: 'denies' }],
  },
  {
    text: 'Police allege Coun. Eddie Rampersad was behind the wheel when the car struck a cyclist. "I was in Ottawa that night, and there are 30 people who can tell you so," Rampersad said.',
    responses: [{ responder: 'Rampersad', stance: 'denies' }],
  },
  {
    text: 'The provincial audit found St. Brendan\'s Hospital had double-billed for 900 procedures. "The hospital billed correctly for every procedure; the auditor counted the same patients twice," St. Brendan\'s said in a written response.',
    responses: [{ responder: "St. Brendan's", stance: 'denies' }],
  },
  {
    text: 'Opponents accuse Warden Lucie Gagnon of skipping council meetings to campaign. "I\'ve attended every meeting this year. Check the attendance record," she said.',
    responses: [{ responder: 'Lucie Gagnon', stance: 'denies' }],
  },
  {
    text: 'Dr. Harold Finch, whom three former patients accuse of over-prescribing opioids, said: "Every prescription I wrote followed the college\'s guidelines."',
    responses: [{ responder: 'Harold Finch', stance: 'denies' }],
  },
  {
    text: 'The class action accuses developer Ken Wu and his partner Sara Blaine of misleading investors. "Investors received every disclosure the law requires," Wu and Blaine said in a joint statement.',
    responses: [
      { responder: 'Wu', stance: 'denies' },
      { responder: 'Blaine', stance: 'denies' },
    ],
  },
  {
    text: 'A former player says coach Randy Pelletier punished injured players by benching them. "That\'s not true. No player was ever benched for being hurt," Pelletier said.',
    responses: [{ responder: 'Pelletier', stance: 'denies' }],
  },
  {
    text: 'Tenants claim the landlord cut off heat to force them out. "We would never cut off heat to anyone. The boiler failed and it was repaired within 48 hours," said Amir Haddad, a spokesperson for Kingsway Properties.',
    responses: [{ responder: 'Amir Haddad|Kingsway Properties', stance: 'denies' }],
  },
  {
    text: 'The Sun reported on Monday that the minister\'s chief of staff had been fired. "He resigned for family reasons. Nobody fired him," said the minister, Ian Corbett.',
    responses: [{ responder: 'Ian Corbett|the minister', stance: 'denies' }],
  },
  {
    text: 'Reuters reported that Ardent Mining was in talks to sell its Chilean unit. "Ardent is not in talks with anyone about the Chilean assets," the company said in an emailed statement.',
    responses: [{ responder: 'Ardent Mining|the company', stance: 'denies' }],
  },
  {
    text: 'The investigation found MP Robert Desjardins rented his constituency office from his wife\'s holding company. "It\'s perfectly legal and it was cleared by the ethics office in 2021," Desjardins said.',
    responses: [{ responder: 'Desjardins', stance: 'denies' }],
  },
  {
    text: 'Health Canada is reviewing reports that Sunfield infant formula made babies sick. "Our formula is safe. Every batch is tested before it leaves the plant," said Sunfield president Marc Olivier.',
    responses: [{ responder: 'Marc Olivier|Sunfield', stance: 'denies' }],
  },
  {
    text: 'A former employee alleges Rideau Rail falsified track inspection logs. "This is a disgruntled former employee who was dismissed for cause," said Tessa Grant, a spokesperson for Rideau Rail.',
    responses: [{ responder: 'Tessa Grant|Rideau Rail', stance: 'denies' }],
  },
  {
    text: 'Conservative MPs claim the $3-million grant was steered to a Liberal riding. "The Opposition knows full well that the grant was scored by independent reviewers. This is an election stunt," Minister Farah Siddiqui said in question period.',
    responses: [{ responder: 'Farah Siddiqui', stance: 'denies' }],
  },
  {
    text: 'Prosecutors say Jordan Tate was at the scene of the robbery. "I wasn\'t anywhere near that store," Tate testified Thursday.',
    responses: [{ responder: 'Tate', stance: 'denies' }],
  },
  {
    text: 'The family\'s report claims the RCMP ignored tips about the suspect for months. "The RCMP received no tips about this individual before the attack," said Sgt. Ann Boucher, an RCMP spokesperson.',
    responses: [{ responder: 'Ann Boucher|RCMP', stance: 'denies' }],
  },
  {
    text: 'Protesters said police fired tear gas without warning. "Three warnings were given over the loudspeaker before any irritant was deployed," Halifax Regional Police said Sunday.',
    responses: [{ responder: 'Halifax Regional Police', stance: 'denies' }],
  },
  {
    text: 'The Star reported that Coun. Priya Nair owns shares in the developer behind the Bayview towers. "I own no shares in that company or any other developer, and I never have," Nair said.',
    responses: [{ responder: 'Nair', stance: 'denies' }],
  },
  {
    text: 'An employee survey leaked to CBC News describes a toxic culture at the agency. "This survey does not reflect the workplace I see every day," said Commissioner Helen Bryce, who heads the agency.',
    responses: [{ responder: 'Helen Bryce', stance: 'denies' }],
  },
  {
    text: 'The attack ad says Mayor Gerald Ross cut police funding. "Police funding went up in every budget I signed. The ad is wrong, and they know it," Ross said.',
    responses: [{ responder: 'Ross', stance: 'denies' }],
  },
  {
    text: 'Parents alleged that Little Oaks Daycare left a toddler alone in the yard. Little Oaks wrote on Facebook: "At no time was any child left unsupervised. Our staff ratios were met throughout the day."',
    responses: [{ responder: 'Little Oaks', stance: 'denies' }],
  },
  {
    text: 'The plaintiffs say Caribe Line knew of a norovirus outbreak before the ship sailed. "The first case was reported two days after departure," said Lena Morales, a lawyer for the cruise line.',
    responses: [{ responder: 'Lena Morales|the cruise line', stance: 'denies' }],
  },
  {
    text: 'Lobby registry records suggest Minister Bill Hanlon met the lobbyist three times. "I have never met the man. Not once," Hanlon said.',
    responses: [{ responder: 'Hanlon', stance: 'denies' }],
  },
  {
    text: 'Auditors flagged a $50,000 payment from the credit union to its chief executive, Gail Porter. "That was a loan, fully documented and repaid with interest," Porter said.',
    responses: [{ responder: 'Porter', stance: 'denies' }],
  },
  {
    text: 'The ombudsman found the ministry had mishandled hundreds of complaints. "We followed every step of the complaints policy," said Deputy Minister Paul Stewart.',
    responses: [{ responder: 'Paul Stewart', stance: 'denies' }],
  },
  {
    text: 'Reports out of Sweden say goaltender Mikko Laine failed a doping test. "I have never taken a banned substance in my life, and the B sample will prove it," Laine said.',
    responses: [{ responder: 'Laine', stance: 'denies' }],
  },
  {
    text: 'The human rights complaint accuses the Anchor Pub of refusing service to a Black customer. "We serve everybody. The man was refused because he was intoxicated," said owner Pete Doucet.',
    responses: [{ responder: 'Pete Doucet|the Anchor Pub', stance: 'denies' }],
  },
  {
    text: 'Workers have heard for weeks that the Brantford plant will close. "The plant is not closing. We\'re hiring," plant manager Dawn Hiller said.',
    responses: [{ responder: 'Dawn Hiller', stance: 'denies' }],
  },
  {
    text: 'Asked whether he had threatened the reporter, Bennett said: "It didn\'t happen. I never raised my voice."',
    responses: [{ responder: 'Bennett', stance: 'denies' }],
  },
  {
    text: 'A whistleblower alleges Hughes Lavoie LLP billed clients for hours never worked. "Every hour we billed was worked. Anyone who says otherwise is not telling the truth," managing partner Clare Hughes said.',
    responses: [{ responder: 'Clare Hughes|Hughes Lavoie LLP', stance: 'denies' }],
  },
  {
    text: 'Opponents allege candidate Neil Forsyth invented parts of his military service. "I served 11 years and my discharge papers are public," Forsyth said.',
    responses: [{ responder: 'Forsyth', stance: 'denies' }],
  },
  {
    text: 'The union says Coldwater Mines ignored a gas leak for two shifts. "Gas levels never exceeded the safe limit, and the sensors logged every reading," the company said Wednesday.',
    responses: [{ responder: 'Coldwater Mines|the company', stance: 'denies' }],
  },
  {
    text: 'The pilots\' lawsuit says Vantage Airlines cut rest periods to save money. "The lawsuit mischaracterizes a routine scheduling change that Transport Canada approved," Vantage said.',
    responses: [{ responder: 'Vantage', stance: 'denies' }],
  },
  {
    text: 'Critics said the board approved the bonus in secret. "Nothing was secret," said Luc Lemieux, the board chair. "The vote is in the public minutes."',
    responses: [{ responder: 'Luc Lemieux', stance: 'denies' }],
  },
  {
    text: 'Bloomberg reported that Vorex would cut 2,000 jobs. "The report is inaccurate," a Vorex spokesperson said, without elaborating.',
    responses: [{ responder: 'Vorex', stance: 'denies' }],
  },
  {
    text: 'The columnist wrote that the premier had vacationed at a lobbyist\'s cottage. "There\'s no truth to it. The premier paid for her own rental," a spokesperson for the premier said.',
    responses: [{ responder: 'the premier', stance: 'denies' }],
  },
  {
    text: 'Neighbours blame the Elmvale quarry for cracks in their foundations. "Our blasting is monitored by seismographs at six homes, and not one reading has come close to the limit," quarry manager Bruce Kilgour said.',
    responses: [{ responder: 'Bruce Kilgour', stance: 'denies' }],
  },
  {
    text: 'Students allege the professor graded them by their politics. "I grade the work in front of me. That\'s all I\'ve ever done," Prof. Alain Cote said in an email.',
    responses: [{ responder: 'Alain Cote', stance: 'denies' }],
  },
  {
    text: 'A rival claims the Blue Heron winery labels imported juice as Ontario wine. "Every grape in our bottles was grown in Niagara. We\'ll open our books to anyone," owner Teresa Vitale said.',
    responses: [{ responder: 'Teresa Vitale', stance: 'denies' }],
  },
  {
    text: 'The councillor says the police chief ordered officers to ticket her supporters. "That\'s a conspiracy theory. Officers enforce parking bylaws the same way on every street," Chief Dan Murchison said.',
    responses: [{ responder: 'Dan Murchison', stance: 'denies' }],
  },
  {
    text: 'A petition accuses Greenway Transit of cutting routes in low-income neighbourhoods first. "Ridership, not income, decided every one of those cuts," said Greenway general manager Olga Petrenko.',
    responses: [{ responder: 'Olga Petrenko|Greenway', stance: 'denies' }],
  },
]
