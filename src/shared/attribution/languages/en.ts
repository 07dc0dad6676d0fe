// English attribution cues and source words, as they occur in wire copy (Reuters, AP), broadcasters'
// web copy (CNN, BBC) and Ukrainian English-language outlets. All lists are lower case.
import type { Cue } from './types'
import { defineAttributionLanguage } from './types'

const speech: Cue = { sense: 'speech', form: 'finite' }
const claim: Cue = { sense: 'claim', form: 'finite' }
const report: Cue = { sense: 'report', form: 'finite' }
const claimNoun: Cue = { ...claim, noun: true }
const reportNoun: Cue = { ...report, noun: true }
const told: Cue = { sense: 'speech', form: 'finite', channelAfter: true }
const stating: Cue = { sense: 'speech', form: 'participle' }

function each(list: string, cue: Cue): Record<string, Cue> {
  return Object.fromEntries(list.split(/\s+/).map((word) => [word, cue]))
}

export const english = defineAttributionLanguage({
  cues: {
    // "state", "posts", "notes" and "reports" as bare words are far more often nouns than verbs.
    ...each(
      `said says say stated states added adds wrote writes posted tweeted explained noted warned warns
      insisted insists stressed stresses emphasised emphasized argued argues asked replied commented
      remarked declared declares asserted asserts testified recalled acknowledged acknowledges
      admitted admits cautioned observed`,
      speech
    ),
    ...each('told tells tell', told),
    ...each(
      `confirmed confirms claimed announced announces alleged alleges denied denies revealed
      reveals disclosed estimated predicted accused accuses conceded maintained maintains assessed
      assesses`,
      claim
    ),
    ...each('claims estimates', claimNoun),
    ...each('published released compiled', { sense: 'document', form: 'finite', agentOnly: true }),
    reported: report,
    reports: reportNoun,
    ...each(
      `saying stating adding noting claiming writing asserting insisting warning explaining telling
      arguing confirming announcing stressing`,
      stating
    ),
    according: { sense: 'report', form: 'preposition', then: 'to' }
  },
  adverbs: `also later earlier previously separately again further then recently subsequently publicly
    officially reportedly initially first repeatedly has have had will would could may might can just
    already once still privately formally openly directly personally explicitly
    yesterday today`,
  negators: `to not never n't didn't doesn't don't won't wouldn't can't cannot couldn't hasn't haven't
    hadn't isn't wasn't`,
  passive: 'is was were are be been being',
  agent: 'by',
  pronouns: 'he she they it',
  determiners: `a an the two three four five six seven eight nine ten several some many multiple
    various other both its their his her our`,
  indefinite: 'a an two three four five six seven eight nine ten several some many multiple various other',
  joiners: 'of for the de al el von van bin da la del der du',
  coordinators: 'and',
  stopWords: `while although though as if when after before but and or however meanwhile moreover also
    still yet so then in on at by from with for during since because despite earlier later last next
    this that these those there here it its his her their our we they he she i you according
    separately additionally instead indeed now today yesterday tomorrow asked speaking sharing
    writing where whereas even once unlike like amid following mr
    monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december`,
  subordinators: 'while although though whereas if even as because since unless',
  heads: `official officials source sources person people diplomat diplomats insider insiders officer
    officers aide aides analyst analysts expert experts observer observers witness witnesses
    resident residents soldier soldiers commander commanders adviser advisers advisor advisors
    member members representative representatives spokesperson spokesman spokeswoman spokespeople
    minister ministers president chancellor premier ambassador envoy chief head director governor
    mayor lawmaker lawmakers legislator legislators prosecutor prosecutors investigators ministry
    government military army navy force forces police company companies firm group court party
    alliance watchdog regulator operator mission institute organisation organization authorities media agency office command staff
    intelligence committee council administration embassy kremlin leadership services service
    journalist journalists reporter reporters correspondent blogger bloggers monitors rescuers medics
    doctors volunteers`,
  unnamedHeads: `official officials source sources person people diplomat diplomats insider insiders
    officer officers aide aides analyst analysts expert experts observer observers witness witnesses
    resident residents soldier soldiers commander commanders adviser advisers advisor advisors
    member members representative representatives spokesperson spokesman spokeswoman spokespeople
    lawmaker lawmakers legislator legislators prosecutors investigators journalist journalists
    reporter reporters correspondent blogger bloggers monitors rescuers medics doctors volunteers`,
  modifiers: `senior top high-ranking former current unnamed anonymous military defence defense foreign
    intelligence security state government presidential ministry western eastern local regional
    federal national international independent opposition news army navy air police health
    emergency rescue election separatist pro-russian pro-kremlin rebel occupation occupying
    frontline front-line interior justice finance economy energy naval border customs armed
    counterintelligence diplomatic administration white house`,
  roles: `spokesperson spokesman spokeswoman spokespeople adviser advisor aide minister president
    chancellor premier secretary ambassador envoy commander chief head director governor mayor
    senator lawmaker legislator lawyer analyst expert researcher professor fellow colonel general
    lieutenant major captain sergeant admiral marshal officer representative deputy chairman
    chairwoman chair leader ceo founder journalist reporter correspondent blogger economist
    ombudsman ombudsperson prosecutor judge`,
  titles: `president colonel col lt lieutenant gen general maj major capt captain sgt sergeant adm
    admiral marshal brig brigadier cmdr commander mr mrs ms dr prof sen senator rep representative gov
    governor minister secretary ambassador chancellor premier prime mayor judge justice rev father
    pope king queen prince princess sheikh chief deputy spokesperson spokesman spokeswoman adviser
    advisor state ombudsman commissioner envoy head director ceo chairman chairwoman speaker`,
  documents: `report reports statement statements data figures document documents assessment
    assessments estimate estimates study survey analysis update updates tally count filing filings
    release communique communiqué bulletin summary readout record records footage images`,
  documentBy: 'by from of',
  affiliationBy: 'for of at with to',
  postModifiers: 'familiar close briefed knowledgeable',
  kindWords: {
    media: `cnn reuters ap afp bbc nyt tass ria interfax ukrinform bloomberg politico axios guardian
      jazeera kommersant meduza suspilne pravda izvestia rbc yonhap xinhua kcna kyodo dpa ansa efe
      nhk cbs nbc abc fox npr sky haaretz spiegel times post journal independent press telegraph
      economist wsj ft media newspaper outlet outlets broadcaster tv television radio news daily
      magazine wire journalist journalists reporter reporters correspondent`,
    military: `military army navy forces force command staff pentagon troops brigade battalion regiment
      corps marines soldiers soldier`,
    intelligence: `intelligence cia fsb gru svr sbu gur hur mi6 mi5 mossad nsa dia spy spies
      counterintelligence security`,
    government: `ministry ministries government kremlin administration cabinet parliament embassy
      presidency office duma rada congress senate house department authorities police prosecutors
      prosecutor`,
    organisation: `institute institution foundation organisation organization association committee
      union watch un nato iaea osce icrc unicef unhcr amnesty ngo group company corporation inc ltd
      university center centre council society federation isw think-tank nations company companies
      firm alliance watchdog regulator school academy`
  },
  platforms: `x twitter telegram facebook instagram youtube tiktok vk vkontakte threads bluesky truth
    linkedin weibo wechat whatsapp`,
  channels: `reporters journalists statement interview briefing conference address post video broadcast
    podcast letter`,
  abbreviations: 'col lt gen maj capt sgt adm brig cmdr mr mrs ms dr prof sen rep gov st jr sr rev',
  states: `ukraine russia kyiv kiev moscow washington beijing china pyongyang seoul tehran iran israel
    london paris berlin sweden stockholm japan tokyo poland warsaw belarus minsk turkey ankara
    britain france germany korea united states kingdom`
})
