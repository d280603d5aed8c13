/**
 * The Welsh of the data files' field descriptions (the data page), key for key with
 * en-data.ts: the type asks for every field of every record, so a new field is a type error
 * until it is described here. Field names, values and file names stay as the files have them
 * (they are a contract). No published source gives these words: each is listed in
 * docs/welsh.md for the office's translator. A description shared by several files is
 * written once below and used for each.
 */
import type { enData } from './en-data.ts';
import type { SourceId } from './sources.ts';
import { STATUTORY_PERIOD_DAYS } from '../lib/site/deadline.ts';
import { EVIDENCE_SEPARATOR } from '../lib/outputs/data/data-statuses.ts';
import { SENTENCE_CONTEXT_LIMIT } from '../lib/text/quote-sentence.ts';

const FORCE = 'Dynodydd yr heddlu, fel yn content/forces.yaml.';
const FORCE_NAME = 'Enw\'r heddlu.';
const POLICING_BODY = 'Corff plismona lleol presennol yr heddlu.';
const REGION = 'Rhanbarth Lloegr, neu Gymru.';
const INSPECTION = 'Dynodydd yr arolygiad.';
const KIND = 'Math y ddogfen: pcc-response, force-response neu inspectorate-letter.';
const PUBLISHED = 'Pryd y cyhoeddwyd y ddogfen, YYYY-MM-DD, lle cofnodir hynny.';
const PAGE = 'Tudalen y ddogfen ar y wefan hon.';
const RECOMMENDATION = 'Dynodydd yr argymhelliad, fel y mae\'r adroddiad yn ei rifo.';
const RECOMMENDATION_TITLE = 'Label byr ar gyfer yr argymhelliad.';
const ORIGINAL_STATUS = 'Y statws y mae\'r ddogfen ei hun yn ei roi i\'r argymhelliad; yn wag lle nad yw\'n rhoi un.';
const ORIGINAL_STATUS_DATE = 'Dyddiad y statws hwnnw: dyddiad y ddogfen, neu fel arall ei dyddiad cyhoeddi; yn wag pan nad oes dyddiad.';
const LATEST_STATUS_DATE = 'Dyddiad y statws diweddaraf.';
const EVIDENCE_SENTENCES = `Y frawddeg neu'r brawddegau yn y ddogfen y mae pob dyfyniad yn evidence yn dechrau ac yn gorffen ynddynt, yn yr un drefn ac wedi'u cydio yn yr un ffordd: y dyfyniad gyda gweddill ei frawddegau, fel y gellir darllen yr hyn y mae'n ei adael allan (nid yw'r geiriau a ddyfynnwyd wedi'u marcio; mae dyfyniad sy'n frawddegau cyfan yn aros fel y mae). Caiff cyd-destun sy'n hwy na ${SENTENCE_CONTEXT_LIMIT} nod bob ochr i'r dyfyniad ei dorri wrth air, gyda "…". Sut y canfyddir brawddeg: docs/content-model.md. Yn wag lle mae evidence yn wag.`;

const unsourced = (cy: string) => ({ cy, source: null });

export const cyDataTerms: { readonly [K in keyof typeof enData]: { cy: string; source: SourceId | null } } = {
  'dataField.responses.id': unsourced('Dynodydd y ddogfen: <force>/<inspection>, neu <force>/<inspection>--<kind> ar gyfer ail ddogfen o fath arall. Mae\'n cyfateb i lwybr y cynnwys ac i gyfeiriad y dudalen.'),
  'dataField.responses.force': unsourced(FORCE),
  'dataField.responses.forceName': unsourced(FORCE_NAME),
  'dataField.responses.policingBody': unsourced(POLICING_BODY),
  'dataField.responses.region': unsourced(REGION),
  'dataField.responses.inspection': unsourced(INSPECTION),
  'dataField.responses.inspectionTitle': unsourced('Teitl yr adroddiad arolygu.'),
  'dataField.responses.inspectionPublished': unsourced('Pryd y cyhoeddwyd yr adroddiad: YYYY-MM-DD, neu YYYY-MM lle mai dim ond y mis sy\'n hysbys.'),
  'dataField.responses.kind': unsourced('pcc-response (sylwadau statudol y corff plismona), force-response (rhai\'r prif swyddog) neu inspectorate-letter (HMICFRS yn ysgrifennu at yr heddlu).'),
  'dataField.responses.date': unsourced('Y dyddiad ar y ddogfen, YYYY-MM-DD; yn wag pan nad oes dyddiad ar y ddogfen.'),
  'dataField.responses.published': unsourced(PUBLISHED),
  'dataField.responses.due': unsourced(`Diwrnod olaf y cyfnod o ${STATUTORY_PERIOD_DAYS} diwrnod (diwrnod cyhoeddi'r adroddiad yw diwrnod 1); yn wag pan mai dim ond mis yr adroddiad sy'n hysbys.`),
  'dataField.responses.timeliness': unsourced('on-time, late, undated, unknown (dim ond mis yr adroddiad sy\'n hysbys) neu not-applicable (mae\'r terfyn amser yn berthnasol i sylwadau\'r corff plismona yn unig).'),
  'dataField.responses.timelinessBasis': unsourced('Y dyddiad y mae\'r amseroldeb yn seiliedig arno: published pan gaiff ei gofnodi, neu fel arall date.'),
  'dataField.responses.daysLate': unsourced('Nifer y diwrnodau ar ôl y dyddiad cyflwyno, ar gyfer dogfennau hwyr.'),
  'dataField.responses.daysFromReport': unsourced('Nifer y diwrnodau o gyhoeddi\'r adroddiad hyd at y ddogfen (diwrnod y cyhoeddi = 0).'),
  'dataField.responses.statuses': unsourced('Y statws ar gyfer pob argymhelliad yn yr arolygiad, yn ôl dynodydd yr argymhelliad; null (yn wag yn y CSV) lle nad yw\'r ddogfen yn rhoi un. Yn y CSV: parau "id=status" wedi\'u gwahanu gan "; ".'),
  'dataField.responses.evidence': unsourced('JSON yn unig: geiriau\'r ddogfen y mae pob statws yn seiliedig arnynt, yn ôl dynodydd yr argymhelliad, pob un yn rhestr o ddyfyniadau wedi\'u copïo o\'i thestun (mae statuses.csv yn eu rhoi mewn rhes ar gyfer pob argymhelliad); nid oes allwedd ar gyfer argymhelliad heb yr un.'),
  'dataField.responses.author': unsourced('Pwy a lofnododd y ddogfen, gyda\'u teitl.'),
  'dataField.responses.source': unsourced('Cyfeiriad gwe\'r ddogfen wreiddiol, lle cofnodir hynny.'),
  'dataField.responses.url': unsourced(PAGE),
  'dataField.responses.latestStatuses': unsourced('Y statws diweddaraf ar gyfer pob argymhelliad: o\'r diweddariad mwyaf diweddar sy\'n rhoi un, neu fel arall statws y ddogfen ei hun (fel statuses). Yn y CSV fel statuses.'),
  'dataField.responses.lastUpdated': unsourced('Dyddiad y diweddariad statws mwyaf diweddar, YYYY-MM-DD; yn wag pan nad yw\'r ddogfen wedi\'i diweddaru.'),
  'dataField.responses.dayOfPeriod': unsourced(`Diwrnod y ddogfen, gan gyfrif diwrnod cyhoeddi'r adroddiad yn ddiwrnod 1, fel y mae'r tudalennau'n ei wneud ("diwrnod 50 o ${STATUTORY_PERIOD_DAYS}"): bob amser daysFromReport + 1; dros ${STATUTORY_PERIOD_DAYS} ar gyfer dogfen hwyr.`),
  'dataField.responses.updates': unsourced('JSON yn unig: y diweddariadau statws ar ôl y ddogfen, yr hynaf yn gyntaf, pob un gyda date, statuses (yr argymhellion y mae\'n eu newid), evidence (dyfyniadau o ffynhonnell y diweddariad, yn ôl dynodydd yr argymhelliad, fel evidence), reasons (rhesymau\'r wefan dros bob statws newydd, lle y\'u rhoddir, fel reasons) a note.'),
  'dataField.responses.reasons': unsourced('JSON yn unig: rhesymau\'r wefan dros ddarllen pob statws fel y mae\'n ei wneud ("Pam y statws hwn" ar y tudalennau), yn ôl dynodydd yr argymhelliad; nid oes allwedd ar gyfer argymhelliad heb yr un (mae statuses.csv yn eu rhoi mewn rhes ar gyfer pob argymhelliad).'),
  'dataField.responses.corrections': unsourced('JSON yn unig: newidiadau i ddarlleniad y wefan ar ôl ei chyhoeddi gyntaf, yr hynaf yn gyntaf, pob un gyda date (YYYY-MM-DD), recommendation (yn absennol ar gyfer cywiriad i\'r testun), field (status, evidence, reasons neu text), from, to (from yn null lle ychwanegwyd dyfyniad, to yn null lle tynnwyd un) a reason.'),
  'dataField.responses.provenance': unsourced('JSON yn unig: o ble y daeth y copi hwn (from), pob newid a wnaed wrth ei drawsgrifio (changes) a ffeithiau eraill amdano (notes); null lle na chofnodir hynny.'),
  'dataField.responses.translationOf': unsourced('Id y ddogfen y mae hon yn ei chyfieithu, lle cyhoeddir yr un ymateb mewn dwy iaith (un ymateb yw\'r pâr: cyfrifwch y cofnodion y mae eu translationOf yn wag); yn wag fel arall.'),
  'dataField.responses.redactions': unsourced('JSON yn unig: data personol a dynnwyd o\'r testun, pob darn gydag id (y marc [redacted: id] yn y ffeil ffynhonnell), date (YYYY-MM-DD) a reason; mae\'r testun yn dangos "[Redacted: reason]" yn ei le.'),

  'dataField.inspection.inspection': unsourced(INSPECTION),
  'dataField.inspection.force': unsourced(`${FORCE} Mae gan bob heddlu y mae'r adroddiad yn ymwneud ag ef resi, gyda dogfen neu hebddi.`),
  'dataField.inspection.forceName': unsourced(FORCE_NAME),
  'dataField.inspection.region': unsourced(REGION),
  'dataField.inspection.policingBody': unsourced(POLICING_BODY),
  'dataField.inspection.recommendation': unsourced(RECOMMENDATION),
  'dataField.inspection.recommendationTitle': unsourced(RECOMMENDATION_TITLE),
  'dataField.inspection.document': unsourced('Dynodydd y ddogfen (fel yn responses.json); yn wag pan nad oes gan yr heddlu ddogfen ar y wefan hon. Mae gan heddlu â dwy ddogfen (er enghraifft un y corff plismona ac un y prif swyddog) res ar gyfer pob un, un y corff plismona yn gyntaf.'),
  'dataField.inspection.kind': unsourced(KIND),
  'dataField.inspection.date': unsourced('Y dyddiad ar y ddogfen, YYYY-MM-DD; yn wag pan nad oes dyddiad.'),
  'dataField.inspection.published': unsourced(PUBLISHED),
  'dataField.inspection.timeliness': unsourced('Amseroldeb y ddogfen, fel yn responses.json.'),
  'dataField.inspection.originalStatus': unsourced(ORIGINAL_STATUS),
  'dataField.inspection.originalStatusDate': unsourced(ORIGINAL_STATUS_DATE),
  'dataField.inspection.latestStatus': unsourced('Y statws diweddaraf: o\'r diweddariad mwyaf diweddar sy\'n rhoi un, neu fel arall y statws gwreiddiol.'),
  'dataField.inspection.latestStatusDate': unsourced(LATEST_STATUS_DATE),
  'dataField.inspection.sectionText': unsourced('Testun adran y ddogfen ei hun ar gyfer yr argymhelliad (testun plaen: paragraffau ac adrannau wedi\'u gwahanu gan linell wag; eitemau rhestr, rhesi tabl a llinellau cyfeiriad neu lofnod bob un ar ei linell ei hun); yn wag pan nad oes ganddi un.'),
  'dataField.inspection.url': unsourced(PAGE),
  'dataField.inspection.evidence': unsourced(`Geiriau'r ddogfen y mae'r statws gwreiddiol yn seiliedig arnynt, wedi'u copïo o'i thestun; sawl dyfyniad wedi'u cydio â "${EVIDENCE_SEPARATOR}" (fel yn statuses.csv). Yn wag lle nad yw'r wefan yn dyfynnu dim.`),
  'dataField.inspection.evidenceSentences': unsourced(EVIDENCE_SENTENCES),

  'dataField.statuses.document': unsourced('Dynodydd y ddogfen, fel yn responses.json: <force>/<inspection>, neu <force>/<inspection>--<kind>.'),
  'dataField.statuses.force': unsourced(FORCE),
  'dataField.statuses.forceName': unsourced(FORCE_NAME),
  'dataField.statuses.inspection': unsourced(INSPECTION),
  'dataField.statuses.kind': unsourced(KIND),
  'dataField.statuses.recommendation': unsourced(`${RECOMMENDATION} Mae gan bob argymhelliad yn yr arolygiad res ar gyfer pob dogfen.`),
  'dataField.statuses.recommendationTitle': unsourced(RECOMMENDATION_TITLE),
  'dataField.statuses.status': unsourced(ORIGINAL_STATUS),
  'dataField.statuses.statusDate': unsourced(ORIGINAL_STATUS_DATE),
  'dataField.statuses.evidence': unsourced(`Geiriau'r ddogfen y mae'r statws yn seiliedig arnynt, wedi'u copïo o'i thestun (mae'r adeiladu'n gwirio bod pob un yno); caiff sawl dyfyniad eu cydio â "${EVIDENCE_SEPARATOR.trim()}" a bwlch bob ochr. Yn wag lle nad yw'r wefan yn dyfynnu dim (a bob amser ar gyfer not-addressed).`),
  'dataField.statuses.latestStatus': unsourced('Y statws diweddaraf: o\'r diweddariad mwyaf diweddar sy\'n rhoi un, neu fel arall statws y ddogfen ei hun.'),
  'dataField.statuses.latestStatusDate': unsourced(LATEST_STATUS_DATE),
  'dataField.statuses.latestEvidence': unsourced('Y geiriau y mae\'r statws diweddaraf yn seiliedig arnynt: o\'r diweddariad a roddodd y statws hwnnw (wedi\'u dyfynnu o ffynhonnell y diweddariad, a enwir yn updates yn responses.json), neu fel arall fel evidence. Wedi\'u cydio fel evidence.'),
  'dataField.statuses.sectionUrl': unsourced('Cyfeiriad adran y ddogfen ar yr argymhelliad, ar y wefan hon; tudalen y ddogfen lle nad oes ganddi adran ei hun.'),
  'dataField.statuses.reasons': unsourced('Rhesymau\'r wefan dros ddarllen statws y ddogfen ei hun (status) fel hyn, fel "Pam y statws hwn" ar y tudalennau; yn wag lle nad yw\'n rhoi rhai.'),
  'dataField.statuses.corrected': unsourced('Dyddiad y cywiriad mwyaf diweddar i\'r statws hwn ers i\'r wefan ei gyhoeddi gyntaf (mae\'r cywiriad yn corrections yn responses.json ac ar dudalen y ddogfen); yn wag lle na chywirwyd y statws erioed.'),
  'dataField.statuses.evidenceSentences': unsourced(EVIDENCE_SENTENCES),
  'dataField.statuses.latestEvidenceSentences': unsourced('Fel evidenceSentences, ar gyfer dyfyniadau latestEvidence; yn wag lle mae\'r statws diweddaraf yn seiliedig ar ddyfyniadau diweddariad, nad yw\'r wefan yn cadw ei ffynhonnell (mae latestEvidence yn eu rhoi fel y\'u dyfynnwyd).'),
  'dataField.statuses.translationOf': unsourced('Id y ddogfen y mae hon yn ei chyfieithu, fel yn responses.json, lle cyhoeddir yr un ymateb mewn dwy iaith (cyfrifwch y rhesi y mae eu translationOf yn wag); yn wag fel arall.'),
};
