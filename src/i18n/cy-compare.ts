/**
 * The Welsh of en-compare.ts, key for key (cy.ts joins it). No published source gave these
 * words: each is listed in docs/welsh.md for the office's translator.
 */
import type { enCompare } from './en-compare.ts';
import type { SourceId } from './sources.ts';

export const cyCompareTerms: { readonly [K in keyof typeof enCompare]: { cy: string; source: SourceId | null } } = {
  'compare.title': { cy: 'Argymhelliad {id}: {title} – {inspection}', source: null },
  'compare.heading': { cy: 'Argymhelliad {id}: {title}', source: null },
  'compare.description': { cy: 'Sut yr ymatebodd pob heddlu i argymhelliad {id} o {inspection}.', source: null },
  'compare.for': { cy: 'Ar gyfer', source: null },
  'compare.due': { cy: 'Erbyn', source: null },
  'compare.note': { cy: 'Nodyn', source: null },
  'compare.reportPublished': { cy: 'Cyhoeddwyd yr adroddiad', source: null },
  'compare.lastChanged': { cy: 'Newidiwyd ddiwethaf', source: null },
  'compare.withDocument': { cy: 'Heddluoedd â dogfen', source: null },
  'compare.sameByRegion': { cy: 'Yr un heddluoedd fesul rhanbarth', source: null },
  'compare.summaryCaptionOne': { cy: 'Yr heddlu sydd â dogfen ar y wefan hon, yn ôl statws ac yna heddlu: statws diweddaraf prif ddogfen pob heddlu', source: null },
  'compare.summaryCaption': { cy: 'Y {forces} sydd â dogfen ar y wefan hon, yn ôl statws ac yna heddlu: statws diweddaraf prif ddogfen pob heddlu', source: null },
  'compare.noneYet': { cy: 'Nid oes gan yr un o\'r {n} heddlu o fewn y cwmpas ddogfen ar y wefan hon ar gyfer yr adroddiad hwn eto.', source: null },
  'compare.countsOnce': { cy: 'Mae pob heddlu\'n cyfrif unwaith, yn ôl ei brif ddogfen (ymateb y corff plismona lle mae un), gyda\'r statws diweddaraf a roddodd.', source: null },
  'compare.countsOnceAsOf': { cy: 'Mae pob heddlu\'n cyfrif unwaith, yn ôl ei brif ddogfen (ymateb y corff plismona lle mae un), gyda\'r statws diweddaraf a roddodd, fel ar {date}.', source: null },
  'compare.whatEachSaid': { cy: 'Beth ddywedodd pob heddlu', source: null },
  'compare.noDocumentHeading': { cy: 'Heddluoedd heb ddogfen', source: null },
  'compare.downloads': { cy: 'Lawrlwytho statws a geiriau pob heddlu ar bob argymhelliad yn yr adroddiad hwn: {links}.', source: null },
  'compare.otherRecommendations': { cy: 'Argymhellion eraill yr adroddiad hwn', source: null },
  'compare.previous': { cy: 'Blaenorol: {text}', source: null },
  'compare.next': { cy: 'Nesaf: {text}', source: null },
  'compare.quotedFromUpdate': { cy: 'Dyfynnwyd o\'r diweddariad ar {date}, nid o\'r ddogfen hon.', source: null },
  'compare.readInContext': { cy: 'Darllen yn ei gyd-destun', source: null },
  'compare.context': { cy: ': {kind} gan {force}', source: null },
  'compare.contextQuotation': { cy: ', dyfyniad {n}', source: null },
  'compare.notAddressed': { cy: 'Nid yw\'r ddogfen yn ymdrin â\'r argymhelliad hwn.', source: null },
  'compare.noSection': { cy: 'Nid oes gan y ddogfen adran ei hun ar gyfer yr argymhelliad hwn; darllenwch y ddogfen gyfan i weld ei sylwadau.', source: null },
  'compare.updated': { cy: 'Diweddarwyd {date} (dywedodd y ddogfen: {status})', source: null },
  'compare.noStatus': { cy: 'dim statws', source: null },
  'compare.asOf': { cy: 'Fel ar {date}', source: null },

  'inspection.byRegion': { cy: 'Pob heddlu o fewn y cwmpas fesul rhanbarth', source: null },
  'inspection.noDocumentNote': { cy: 'dim dogfen ar y wefan hon', source: null },

  'citation.noDate': { cy: 'd.d.', source: null },
  'citation.dated': { cy: 'Dyddiedig {date}.', source: null },
  'citation.published': { cy: 'Cyhoeddwyd {date}.', source: null },
  'citation.availableAt': { cy: 'Ar gael yn: {url}.', source: null },
  'citation.original': { cy: 'Gwreiddiol: {url}.', source: null },
  'citation.inspectorate': { cy: 'Arolygiaeth Cwnstabliaeth a Gwasanaethau Tân ac Achub Ei Mawrhydi', source: null },
  'citation.chiefConstable': { cy: 'Prif Gwnstabl, {force}', source: null },
  'citation.basisFiles': { cy: 'y newid diwethaf i ffeiliau\'r adroddiad neu\'r dogfennau ar y wefan hon', source: null },
  'citation.basisWritten': { cy: 'y dyddiad diweddaraf yn yr adroddiad a\'r dogfennau: nid oes hanes ffeiliau ar gael', source: null },

  'corrections.what.status': { cy: 'Y statws', source: null },
  'corrections.what.evidence': { cy: 'Y dystiolaeth a ddyfynnwyd', source: null },
  'corrections.what.reasons': { cy: 'Y rhesymau', source: null },
  'corrections.what.text': { cy: 'Y testun', source: null },
  'corrections.whatOf.status': { cy: 'Statws argymhelliad {id}', source: null },
  'corrections.whatOf.evidence': { cy: 'Y dystiolaeth a ddyfynnwyd ar gyfer argymhelliad {id}', source: null },
  'corrections.whatOf.reasons': { cy: 'Y rhesymau dros argymhelliad {id}', source: null },
  'corrections.whatOf.text': { cy: 'Y testun ar argymhelliad {id}', source: null },

  // Lower case: Welsh puts the kind after "Arolygiad"; a table cell gives it a capital.
  'inspectionKind.force': { cy: 'heddlu', source: null },
  'inspectionKind.national-thematic': { cy: 'thematig cenedlaethol', source: null },
  'inspectionKind.peel': { cy: 'PEEL', source: 'hmicfrs-peel-dyfed-powys' },

  'region.north-east': { cy: 'Gogledd-ddwyrain Lloegr', source: null },
  'region.north-west': { cy: 'Gogledd-orllewin Lloegr', source: null },
  'region.yorkshire-and-the-humber': { cy: 'Swydd Efrog a\'r Humber', source: null },
  'region.east-midlands': { cy: 'Dwyrain Canolbarth Lloegr', source: null },
  'region.west-midlands': { cy: 'Gorllewin Canolbarth Lloegr', source: null },
  'region.east-of-england': { cy: 'Dwyrain Lloegr', source: null },
  'region.london': { cy: 'Llundain', source: null },
  'region.south-east': { cy: 'De-ddwyrain Lloegr', source: null },
  'region.south-west': { cy: 'De-orllewin Lloegr', source: null },
  'region.wales': { cy: 'Cymru', source: null },
};
