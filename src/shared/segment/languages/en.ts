// English abbreviations and cue words, as they occur in news, wire and press-release copy.
// Abbreviations are written without their final period; inner periods stay (`e.g`, `u.s`). Short
// forms that are also common words in lower case (`Sun.`, `Mar.`, `Ill.`) are matched case-sensitively.
import { defineLanguage } from './types'

const MONTHS = 'jan feb mar apr jun jul aug sep sept oct nov dec'

export const english = defineLanguage({
  titles: `mr mrs ms messrs mmes mme mlle dr prof rev revd fr msgr hon gov govs sen sens rep reps pres
    supt atty amb gen gens lt col cols maj capt cmdr cmdt adm brig sgt cpl pvt spc pfc ens lieut
    insp det ofc dep asst mt mts ste vs v ald rt pte sqn wo e.g i.e a.k.a viz cf`,
  beforeNumber: `no nos nr n° num art arts fig figs p pp vol vols ch chap sec sect secs par para pt pts ed
    eds op ops approx ca est tel ext rm apt bldg rte hwy ver ref col div tab item ex exs
    ${MONTHS}`,
  abbreviations: `inc corp co cos ltd plc bros assn assoc dept univ inst est approx ca etc al
    jr sr st sts ave av blvd rd hwy pkwy sq ft lb lbs oz yr yrs mo mos pct min max misc govt intl natl
    esp excl incl orig bn mln bln mn d.c u.s u.k u.n e.u u.s.a u.a.e ph.d m.d b.a m.a b.s m.s
    r.i.p`,
  caseSensitive: `Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss
    Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Vt Va Wash Wis Wyo Ont Que Sask Alta
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    Ch Kh Sh Shch Ts Ya Ye Yo Yu Zh`,
  enders: 'etc pct bln mln bn mn lbs yrs mos',
  openers: `a an the this that these those there here it its he she they we i you his her their our my
    your one two three four five several some many most all both each every no none nobody nothing
    but and or so yet nor if when while where what why how who whom whose which whether although
    though because since as after before during until unless in on at by from with without about
    among between into through under over of to according also however meanwhile moreover
    furthermore nevertheless nonetheless still then thus therefore instead indeed now later earlier
    today yesterday tomorrow last next first second finally once another such only even just other
    others is are was were has have had do does did can could would should might must let please
    don't it's that's there's he's she's i'm we're they're i've we've we'll they'll here's what's
    nor neither either few more much not never yes perhaps maybe overall separately elsewhere despite
    given following like unlike currently recently previously initially eventually ultimately
    additionally similarly likewise otherwise besides
    police officials authorities residents witnesses analysts investors economists experts critics
    supporters lawmakers prosecutors investigators officers troops soldiers rescuers firefighters
    doctors medics workers employees shares stocks prices sales revenue profits terms details talks
    negotiations voters people children families citizens refugees civilians students users
    customers markets results figures estimates sources`,
  places: 'u.s u.k u.n e.u u.s.a u.a.e u.s.s.r d.c',
  placeFollowers: `army navy naval air force forces marine marines corps coast guard guards military
    intelligence senate house congress capitol parliament government cabinet supreme court courts
    district circuit appeals attorney attorneys embassy embassies consulate ambassador ambassadors
    envoy envoys mission missions delegation secretary representative representatives president
    senator senators department departments agency agencies bureau office administration commission
    commissioner council assembly treasury treasuries federal command space customs border
    immigration citizenship census postal mint marshal marshals secret special trade justice defense
    defence state homeland energy commerce labor education health interior transportation
    agriculture olympic olympics open soccer tennis golf team women men amateur steel bank bancorp
    dollar ministry minister prime foreign home chancellor peacekeepers peacekeeping refugee refugees
    watchdog rapporteur monitors inspectors police mayor metro chamber institute centers center news`,
  nameJoiners: 'of for to and on at in de',
  clock: 'a.m p.m',
  clockFollowers: `${MONTHS} january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun today tonight tomorrow yesterday et est edt ct cst cdt mt mst mdt pt pst pdt akst hst
    gmt utc bst cet cest eet eest msk ist jst kst aest aedt sgt hkt local eastern pacific central
    mountain`,
  zoneWords: 'time',
  timePrepositions: `at by around about before after until till from since shortly early late just near
    approximately roughly starting beginning`,
  speechVerbs: `said says asked asks added adds told tells wrote writes replied replies shouted yelled
    cried exclaimed wondered noted explained insisted recalled continued declared stated responded
    remarked argued answered joked laughed screamed whispered demanded posted tweeted`
})
