// German abbreviations and cue words. German capitalises nouns, so the opener list (articles,
// pronouns, conjunctions) carries more weight than in English; `3. Oktober` is an ordinal, not an end.
import { defineLanguage } from './types'

const MONTHS = 'jan feb mär märz apr jun jul aug sep sept okt nov dez'

export const german = defineLanguage({
  titles:
    'hr hrn fr frl dr prof st gebr dipl ing mag verh gen oberstlt hl med dent vet phil jur rer nat habil',
  beforeNumber: `nr s abs art bd bde jg jh kap ca tsd mio mrd ziff anl tab abb ${MONTHS}`,
  abbreviations: `bzw ca vgl ggf evtl inkl usw etc z.b d.h u.a u.ä s.o s.u o.ä i.d.r z.t u.u v.a u.v.m
    m.e i.a a.d allg bzgl ehem eigtl einschl gegr geb gest jhd jr mind od sog str tel vs zzgl zt
    mio mrd tsd abt anm bspw gem insb max min std tägl zit zz zzt kath ev dt engl frz
    ${MONTHS}`,
  enders: 'usw etc u.s.w',
  openers: `der die das den dem des ein eine einer eines einem er sie es wir ich ihr man dies diese
    dieser dieses in im am an auf aus bei mit nach seit von vor zu zum zur und aber doch denn oder
    so wie was wer wo wann warum wenn als da dann nun noch auch jedoch zudem außerdem allerdings
    trotzdem deshalb daher damit dazu hier dort heute gestern morgen laut nach zuvor später davon
    dabei darauf darüber dagegen danach damals deswegen dennoch zwar bisher inzwischen mittlerweile
    zunächst schließlich erst bereits etwa rund fast knapp mehr viele einige alle beide jeder jede
    jedes sein seine ihre unser unsere kein keine nicht nur während wegen trotz ob weil dass`,
  speechVerbs: 'sagte sagt fragte fragt erklärte schrieb betonte rief antwortete',
  months: `januar februar märz april mai juni juli august september oktober november dezember
    ${MONTHS}`,
  numberedSuffixes: 'str',
  ordinalDots: true
})
