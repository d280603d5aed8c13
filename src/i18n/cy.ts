/**
 * The interface's words in Welsh, key for key with en.ts: the type below makes a missing or
 * extra key a type error, and each plural entry must give all six Welsh forms (zero, one,
 * two, few, many, other; `Intl.PluralRules('cy')`). Every term names its source (sources.ts);
 * `source: null` marks Welsh that no published source gave, listed in docs/welsh.md for the
 * office's translator to check before the office publishes.
 */
import type { en } from './en.ts';
import type { SourceId } from './sources.ts';
import { cyCompareTerms } from './cy-compare.ts';
import { cyDataTerms } from './cy-data.ts';
import { cyFeedTerms } from './cy-feeds.ts';
import { cyPagesTerms } from './cy-pages.ts';

/** The six plural forms of Welsh, `{n}` being the number. */
export interface CyPlural { zero: string; one: string; two: string; few: string; many: string; other: string }

type Welsh<T> = T extends string ? string : CyPlural;
export type CyTerms = { readonly [K in keyof typeof en]: { cy: Welsh<(typeof en)[K]>; source: SourceId | null } };

/** A count whose noun keeps one form after every number (the number itself tells how many). */
const same = (form: string): CyPlural => ({ zero: form, one: form, two: form, few: form, many: form, other: form });

export const cyTerms: CyTerms = {
  'layout.skip': { cy: 'Neidio i\'r prif gynnwys', source: 'llyw-cymru' },
  'layout.navLabel': { cy: 'Prif ddewislen', source: null },
  'layout.nav.inspections': { cy: 'Arolygiadau', source: 'hmicfrs-peel-gwent' },
  'layout.nav.forces': { cy: 'Heddluoedd', source: 'hmicfrs-peel-dyfed-powys' },
  'layout.nav.due': { cy: 'Beth sy\'n ddyledus', source: null },
  'layout.nav.data': { cy: 'Data', source: 'gwent-police-data' },
  'layout.searchLabel': { cy: 'Chwilio\'r dogfennau', source: null },
  'layout.searchButton': { cy: 'Chwilio', source: 'legislation-gov-uk-cy' },
  'layout.publishedBy': { cy: 'Cyhoeddwyd gan {office}.', source: null },
  'layout.licenceBefore': {
    cy: 'Cofnodion cyhoeddus yw\'r dogfennau ar y wefan hon, a gyhoeddwyd gan gyrff plismona lleol, heddluoedd ac Arolygiaeth Cwnstabliaeth a Gwasanaethau Tân ac Achub Ei Mawrhydi. Atgynhyrchir eu testun heb ei newid ac mae ar gael o dan y ',
    source: null,
  },
  'layout.licenceLink': { cy: 'Drwydded Llywodraeth Agored v3.0', source: null },
  'layout.licenceUrl': { cy: 'https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/', source: null },
  'layout.licenceAfter': { cy: ', oni nodir yn wahanol.', source: null },
  'layout.footer.data': { cy: 'Lawrlwytho\'r data', source: null },
  'layout.footer.accessibility': { cy: 'Datganiad hygyrchedd', source: null },
  'layout.language': { cy: 'Iaith', source: null },

  'status.complete': { cy: 'Wedi\'i gwblhau', source: null },
  'status.complete.description': { cy: 'Mae\'r camau wedi\'u cymryd.', source: null },
  'status.in-progress': { cy: 'Ar y gweill', source: null },
  'status.in-progress.description': { cy: 'Mae\'r gwaith wedi dechrau ac nid yw wedi\'i orffen.', source: null },
  'status.planned': { cy: 'Wedi\'i gynllunio', source: null },
  'status.planned.description': { cy: 'Mae camau wedi\'u cynllunio ond nid ydynt wedi dechrau.', source: null },
  'status.awaiting-national': { cy: 'Yn aros am gamau cenedlaethol', source: null },
  'status.awaiting-national.description': { cy: 'Mae\'r argymhelliad yn aros am gyrff cenedlaethol, neu wedi\'i anelu atynt.', source: null },
  'status.no-action': { cy: 'Dim camau', source: null },
  'status.no-action.description': { cy: 'Ni chymerir unrhyw gamau; mae\'r ddogfen yn rhoi\'r rheswm.', source: null },
  'status.not-addressed': { cy: 'Heb ymdrin ag ef', source: null },
  'status.not-addressed.description': { cy: 'Nid yw\'r ddogfen yn ymdrin â\'r argymhelliad hwn.', source: null },
  'status.none': { cy: 'Dim statws wedi\'i roi', source: null },
  'kind.pcc-response': { cy: 'Ymateb y corff plismona', source: null },
  'kind.force-response': { cy: 'Ymateb y prif swyddog', source: null },
  'kind.inspectorate-letter': { cy: 'Llythyr yr Arolygiaeth', source: null },

  'timeliness.on-time': { cy: 'Mewn pryd', source: null },
  'timeliness.late': { cy: 'Yn hwyr', source: null },
  'timeliness.undated': { cy: 'Heb ddyddiad', source: null },
  'timeliness.unknown': { cy: 'Methu dweud', source: null },
  'timeliness.not-applicable': { cy: 'Dim terfyn amser', source: null },
  'timeliness.on-time.description': {
    cy: 'Wedi\'i chyhoeddi (neu, lle na chofnodir dyddiad cyhoeddi, wedi\'i dyddio) o fewn 56 diwrnod i\'r adroddiad, gan gyfrif diwrnod cyhoeddi\'r adroddiad yn ddiwrnod 1.',
    source: null,
  },
  'timeliness.late.description': { cy: 'Wedi\'i chyhoeddi (neu wedi\'i dyddio) ar ôl y 56fed diwrnod.', source: null },
  'timeliness.undated.description': { cy: 'Nid oes dyddiad ar y ddogfen ac ni chofnodir dyddiad cyhoeddi.', source: null },
  'timeliness.unknown.description': { cy: 'Dim ond mis cyhoeddi\'r adroddiad sy\'n hysbys, felly ni ellir cyfrifo\'r terfyn amser.', source: null },
  'timeliness.not-applicable.description': { cy: 'Mae\'r terfyn amser statudol yn berthnasol i sylwadau\'r corff plismona, nid i\'r math hwn o ddogfen.', source: null },
  'timeliness.onTimeDay': { cy: 'Mewn pryd: diwrnod {day} o {period}', source: null },
  'timeliness.lateBy': { cy: 'Yn hwyr o {days}', source: null },
  'timeliness.basis.published': { cy: 'Yn seiliedig ar y dyddiad cyhoeddi, {date}.', source: null },
  'timeliness.basis.date': { cy: 'Yn seiliedig ar y dyddiad ar y ddogfen, {date} (ni chofnodir dyddiad cyhoeddi).', source: null },
  'timeliness.basis.none': { cy: 'Nid oes dyddiad ar y ddogfen ac ni chofnodir dyddiad cyhoeddi.', source: null },
  'document.undated': { cy: 'Heb ddyddiad', source: null },
  'document.publishedOn': { cy: 'Cyhoeddwyd {date}', source: null },
  'document.readInWelsh': { cy: 'Darllen yn Gymraeg', source: null },
  'document.readInEnglish': { cy: 'Darllen yn Saesneg', source: null },

  'copy.heading': { cy: 'Ynglŷn â\'r copi hwn', source: null },
  'copy.changes': { cy: 'Newidiadau a wnaed wrth drawsgrifio', source: null },
  'copy.notes': { cy: 'Nodiadau ar y copi hwn', source: null },
  'copy.redactions': { cy: 'Darnau a guddiwyd', source: null },
  'copy.redactionsIntro': { cy: 'Data personol a dynnwyd o\'r testun; ym mhob man mae "[Redacted: …]" yn dweud beth oedd yno.', source: null },
  'corrections.heading': { cy: 'Cywiriadau', source: null },
  'corrections.intro': { cy: 'Newidiadau a wnaeth y wefan hon i\'w chopi o\'r ddogfen, neu i\'w darlleniad ohoni, ar ôl ei chyhoeddi gyntaf, pob un gyda\'i reswm.', source: null },
  'corrections.why': { cy: 'Pam', source: null },
  'due.commentsDue': { cy: 'Sylwadau erbyn', source: null },
  'due.due': { cy: 'Erbyn', source: null },
  'due.nothing': { cy: 'Dim i\'w gyflwyno: nid oes cyfnod sylwadau ar agor ar {date}.', source: null },
  'due.asOf': { cy: 'Ar {date}, pan adeiladwyd y wefan ddiwethaf.', source: null },
  'evidence.label': { cy: 'Y geiriau y mae\'n seiliedig arnynt', source: null },
  'table.inspection': { cy: 'Arolygiad', source: 'hmicfrs-peel-dyfed-powys' },
  'table.inspectionPublished': { cy: '(cyhoeddwyd {date})', source: null },
  'table.document': { cy: 'Dogfen', source: null },
  'table.date': { cy: 'Dyddiad', source: null },
  'table.timeliness': { cy: 'Amseroldeb', source: null },
  'table.latestStatuses': { cy: 'Statwsau diweddaraf', source: null },
  'table.force': { cy: 'Heddlu', source: 'hmicfrs-peel-dyfed-powys' },
  'table.region': { cy: 'Rhanbarth', source: null },
  'table.noResponse': { cy: 'Dim ymateb ar y wefan hon', source: null },
  'table.report': { cy: 'Adroddiad', source: 'hmicfrs-peel-dyfed-powys' },
  'table.published': { cy: 'Cyhoeddwyd', source: 'llyw-cymru' },
  'table.kind': { cy: 'Math', source: null },
  'table.recommendations': { cy: 'Argymhellion', source: 'dyfed-powys-opcc-response' },
  'table.forcesWithDocuments': { cy: 'Heddluoedd â dogfennau', source: null },
  'table.data': { cy: 'Data', source: 'gwent-police-data' },
  'table.nOfM': { cy: '{n} o {of}', source: null },
  'matrix.orderLabel': { cy: 'Trefn y tabl', source: null },
  'matrix.orderIntro': { cy: 'Trefnu\'r tabl:', source: null },
  'matrix.shown': { cy: '(yn cael ei ddangos)', source: null },
  'reasons.why': { cy: 'Pam y statws hwn', source: null },
  'reasons.whyLabel': { cy: 'Pam y statws hwn:', source: null },
  'legend.summary': { cy: 'Ystyr y statwsau', source: null },
  'pager.label': { cy: 'Blynyddoedd eraill', source: null },
  'pager.newer': { cy: 'Mwy diweddar: {year}', source: null },
  'pager.older': { cy: 'Hŷn: {year}', source: null },
  'preview.none': { cy: 'Rhagolwg: nid oes problemau yn y cynnwys.', source: null },
  'preview.some': { cy: 'Rhagolwg: problemau yn y cynnwys ({problems}).', source: null },
  'preview.someHidden': { cy: 'Rhagolwg: problemau yn y cynnwys ({problems}); ni ddangosir dogfennau â gwallau.', source: null },
  // A tally of labels and numbers, so no noun follows a number and "a"/"ac" before a number is not needed.
  'preview.tally': { cy: 'gwallau: {errors}, rhybuddion: {warnings}, ffeiliau: {files}', source: null },
  'preview.error': { cy: 'Gwall', source: null },
  'preview.warning': { cy: 'Rhybudd', source: null },
  'preview.seeAll': { cy: 'Gweld pob problem', source: null },

  ...cyPagesTerms,
  ...cyCompareTerms,
  ...cyDataTerms,
  ...cyFeedTerms,

  'chart.status.none': { cy: 'Nid oes gan yr un o\'r {n} heddlu ddogfen ar y wefan hon eto.', source: null },
  'chart.status.summary': { cy: 'O {forces}, mae gan {withDocument} ddogfen ar y wefan hon: {parts}{asOf}; nid oes gan {none} yr un.', source: null },
  'chart.asOf': { cy: ' (y statwsau diweddaraf, ar {date})', source: null },
  'chart.status.title': { cy: 'Heddluoedd yn ôl statws ar argymhelliad {id}', source: null },
  'chart.status.titleWith': { cy: 'Heddluoedd â dogfen yn ôl statws ar argymhelliad {id}', source: null },
  'chart.noDocument': { cy: 'Dim dogfen ar y wefan hon', source: null },
  'chart.status.caption': { cy: 'Nifer yr heddluoedd â phob statws, a heb ddogfen ar y wefan hon', source: null },
  'chart.arrivals.summary': { cy: 'Erbyn diwrnod {period} ({date}), roedd sylwadau corff plismona {onTime} o {forces} wedi\'u cyhoeddi; daeth {later} arall yn ddiweddarach, mae {undated} heb ddyddiad ac nid yw {none} ar y wefan hon.', source: null },
  'chart.arrivals.title': { cy: 'Sylwadau cyrff plismona dros amser, o\'u cymharu â\'r dyddiad cyflwyno', source: null },
  'chart.notOnSite': { cy: 'Ddim ar y wefan hon', source: null },
  'chart.arrivals.caption': { cy: 'Sylwadau cyrff plismona yn ôl y diwrnod y daethant allan (y dyddiad cyhoeddi, neu fel arall y dyddiad ar y ddogfen)', source: null },
  'chart.record.none': { cy: 'Nid oes arolygiad ar y wefan hon yn ymwneud â {force}.', source: null },
  'chart.record.summary': { cy: 'O\'r {inspections} sy\'n ymwneud â {force}, mae sylwadau\'r corff plismona ar {answered} ar y wefan hon: {onTime} mewn pryd, {late} yn hwyr, {undated} heb ddyddiad a {unknown} lle na ellir cyfrifo\'r terfyn amser; nid yw {none} ar y wefan hon.', source: null },
  'chart.record.title': { cy: 'Amseroldeb sylwadau\'r corff plismona', source: null },
  'chart.record.caption': { cy: 'Arolygiadau yn ôl amseroldeb sylwadau\'r corff plismona', source: null },

  'evidence.inSentenceNote': { cy: 'Lle mae dyfyniad yn rhan o frawddeg, dangosir y frawddeg gyfan a nodir y geiriau a ddyfynnwyd.', source: null },
  'corrections.removed': { cy: 'Dyfyniad wedi\'i dynnu', source: null },
  'corrections.added': { cy: 'Dyfyniad wedi\'i ychwanegu', source: null },
  'corrections.was': { cy: 'Roedd', source: null },
  'corrections.changedTo': { cy: 'Newidiwyd i', source: null },
  'corrections.corrected': { cy: 'Cywirwyd {date}', source: null },

  'data.intro': { cy: 'Pob dogfen ar y wefan hon fel un cofnod: yr heddlu, yr arolygiad, dyddiadau\'r ddogfen, ei hamseroldeb a\'r statws y mae\'n ei roi i bob argymhelliad. Mae ffeiliau CSV yn UTF-8 gyda rhes pennawd, meysydd wedi\'u dyfynnu fel y disgrifia RFC 4180 (mae maes â choma, dyfynnod neu doriad llinell mewn dyfynodau dwbl, a dyfynnod yn cael ei ddyblu), llinellau\'n gorffen â CRLF. Mae ffeiliau JSON yn dal rhestr o wrthrychau gyda\'r un meysydd; gwerthoedd gwag yw {null}.', source: null },
  'data.package': { cy: 'I lwytho pob ffeil CSV ar y dudalen hon mewn un cam, gyda math, gwerthoedd a ganiateir ac ystyr pob colofn a\'r allweddi sy\'n cysylltu\'r ffeiliau, agorwch {package} mewn offeryn sy\'n darllen Pecynnau Data Frictionless (megis llyfrgelloedd Frictionless ar gyfer Python ac R).', source: null },
  'data.everyStatusIntro': { cy: 'Un rhes ar gyfer pob dogfen ac argymhelliad, ar draws y wefan gyfan: y statws y mae\'r ddogfen yn ei roi, geiriau\'r ddogfen ei hun y mae\'n seiliedig arnynt (wedi\'u copïo o\'i thestun; mae\'r adeiladu\'n gwirio bod pob dyfyniad yno), y statws diweddaraf gyda\'i ddyddiad, dolen i adran y ddogfen, a phob dyfyniad eto yn ei frawddeg gyfan, fel y gellir darllen yr hyn y mae dyfyniad yn ei adael allan o\'i frawddeg. Yr un tabl â {csv} a {json}.', source: null },
  'data.perInspectionIntro': { cy: 'Ar gyfer pob arolygiad, un rhes ar gyfer pob heddlu y mae\'r adroddiad yn ymwneud ag ef a phob argymhelliad: y statws, ei ddyddiad, a geiriau adran yr heddlu ar yr argymhelliad hwnnw. Y ffeiliau yw {csvPath} a {jsonPath}, lle mai {id} yw dynodydd yr arolygiad, fel yng nghyfeiriad ei dudalen; mae tudalen pob arolygiad yn cysylltu â\'i ffeiliau, ac felly hefyd y rhestrau o {inspections}.', source: null },
  'data.statusesIntro': { cy: 'Mae dogfen yn rhoi statws i bob argymhelliad pan gaiff ei chyhoeddi. Lle mae diweddariad diweddarach (adroddiad cynnydd, llythyr pellach) yn rhoi statws newydd, mae\'r wefan yn cadw\'r ddau: y gwreiddiol yn {statuses} a {originalStatus}, y diweddaraf yn {latestStatuses} a {latestStatus}, gyda\'i ddyddiad.', source: null },
  'data.timelinessAct': { cy: 'Mae adran 55(5A) o Ddeddf yr Heddlu 1996 yn rhoi {days} diwrnod i\'r corff plismona lleol "beginning with the day on which the report is published". Diwrnod y cyhoeddi yw diwrnod 1, felly roedd sylwadau ar adroddiad a gyhoeddwyd ar 27 Medi 2019 i\'w cyflwyno erbyn 21 Tachwedd 2019. Mae dogfen yn cyfrif yn un mewn pryd os yw ei dyddiad cyhoeddi, neu lle na chofnodir un y dyddiad ar y ddogfen, ar y diwrnod hwnnw neu cyn hynny.', source: null },
  'data.timelinessDays': { cy: 'Mae\'r tudalennau\'n cyfrif diwrnodau fel y mae\'r Ddeddf yn ei wneud: mae "diwrnod 50 o {days}" yn golygu\'r 50fed diwrnod, a diwrnod y cyhoeddi yn ddiwrnod 1. Dyna\'r maes {dayOfPeriod}. Mae\'r maes hŷn {daysFromReport} yn cyfrif diwrnodau ar ôl y cyhoeddi, a diwrnod y cyhoeddi yn ddiwrnod 0, felly mae bob amser un yn llai: mae gan ddogfen ar ddiwrnod 50 {daysFromReport} 49.', source: null },
  'data.feedsIntro': { cy: 'Ffrwd Atom o ddogfennau newydd a diweddaredig: {link}. {note} Dyddiad cofnod yw dyddiad cyhoeddi\'r ddogfen, neu fel arall y dyddiad arni, neu fel arall (heb ddyddiad) ddyddiad cyhoeddi\'r adroddiad; caiff ei ddiweddaru pan ychwanegir diweddariad statws diweddarach.', source: null },
  'data.feedNote': { cy: 'Y {n} dogfen ddiweddaraf ar y wefan; mae tudalen pob heddlu a phob arolygiad yn cysylltu â ffrwd o\'i holl ddogfennau.', source: null },
  'data.sitemap': { cy: 'Rhestrir pob tudalen yn {sitemap}.', source: null },
  'data.schemasIntro': { cy: 'Sgemâu JSON (drafft 2020-12) o\'r hyn y mae\'r swyddfa gyhoeddi\'n ei ysgrifennu, wedi\'u cynhyrchu o\'r sgemâu y mae\'r adeiladu\'n gwirio\'r ffeiliau â nhw: {force} (un heddlu yn {forcesFile}), {inspection} (blaen-fater arolygiad) a {response} (blaen-fater ymateb). Mae cofnod argymhelliad naill ai\'n statws ar ei ben ei hun neu\'n grŵp o {status} ac {evidence}. Mae pob gwerth yn destun, fel y mae\'r wefan yn ei ddarllen: dyfynnwch rifau megis {idExample}. Ni all y sgemâu wirio\'r hyn sydd angen y ffeiliau eraill: bod dynodydd heddlu neu arolygiad yn bodoli, bod pob dyfyniad yng ngeiriau\'r ddogfen, nad oes gan {notAddressed} dystiolaeth, nad yw diweddariad wedi\'i ddyddio cyn ei ddogfen. Maent hefyd yn derbyn testun nad yw\'n ddim ond bylchau, y mae\'r adeiladu\'n ei wrthod. Gwiriad yr adeiladu ei hun yw\'r un sy\'n cyfrif.', source: null },
  'data.licenceIntro': { cy: 'Mae\'r dogfennau\'n wybodaeth sector cyhoeddus a gyhoeddwyd gan gyrff plismona lleol, heddluoedd a HMICFRS. Gallwch eu hailddefnyddio o dan y {licence}, gyda\'r briodoliad hwn: "Yn cynnwys gwybodaeth sector cyhoeddus a drwyddedir o dan y Drwydded Llywodraeth Agored v3.0." Enwch y corff a gyhoeddodd bob dogfen (y maes {policingBody} neu {author}).', source: null },

  // Welsh keeps the singular noun after a number ("pob un o'r 43 heddlu", HMICFRS); a
  // feminine noun takes the soft mutation after un and dwy (1 ddogfen, 2 ddogfen), as does a
  // masculine one after dau (2 ddiwrnod).
  'count.day': { cy: { ...same('{n} diwrnod'), two: '{n} ddiwrnod' }, source: null },
  'count.document': { cy: { ...same('{n} dogfen'), one: '{n} ddogfen', two: '{n} ddogfen' }, source: null },
  'count.force': { cy: same('{n} heddlu'), source: 'hmicfrs-peel-dyfed-powys' },
  'count.inspection': { cy: same('{n} arolygiad'), source: null },
  'force.more': { cy: { ...same('Mae\'r {n} dogfen arall ar dudalennau\'r blynyddoedd isod.'), one: 'Mae\'r {n} ddogfen arall ar dudalennau\'r blynyddoedd isod.', two: 'Mae\'r {n} ddogfen arall ar dudalennau\'r blynyddoedd isod.' }, source: null },
  'force.missingMany': {
    cy: same('Nid oes dogfen ar y wefan hon ar gyfer {n} arolygiad sy\'n ymwneud â {force}; y {limit} diweddaraf, a\'r gweddill ar dudalennau\'r blynyddoedd isod:'),
    source: null,
  },
  'force.missing': { cy: same('Nid oes dogfen ar y wefan hon ar gyfer {n} arolygiad sy\'n ymwneud â {force}:'), source: null },
  // Welsh puts the verb before the number, in the sentence itself ("mae gan 3", "nid yw 2").
  'chart.has': { cy: same('{n}'), source: null },
  'chart.is': { cy: same('{n}'), source: null },
  'count.recommendation': { cy: same('{n} argymhelliad'), source: null },
  'count.result': { cy: same('{n} canlyniad'), source: null },
  // In the preview's tally the label comes first ("gwallau: 2"), so the number stands alone.
  'count.error': { cy: same('{n}'), source: null },
  'count.warning': { cy: same('{n}'), source: null },
  'count.file': { cy: same('{n}'), source: null },
};
