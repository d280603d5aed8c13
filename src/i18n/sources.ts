/**
 * Where the Welsh words of the interface come from: published Welsh texts of HMICFRS, the
 * Welsh Government and the Welsh policing bodies. Each term in cy.ts names one of these,
 * or `null` when no such source was found: those are listed for the office's translator in
 * docs/welsh.md (a unit test keeps the list and the catalogue in step).
 */
export const SOURCES = {
  'hmicfrs-peel-dyfed-powys': {
    title: 'HMICFRS, PEEL 2023–2025: Heddlu Dyfed-Powys (the Welsh version of the report)',
    url: 'https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/heddlu-dyfed-powys-2023-25/',
  },
  'hmicfrs-peel-gwent': {
    title: 'HMICFRS, PEEL 2021/22: Heddlu Gwent (the Welsh version of the report)',
    url: 'https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/heddlu-gwent-2021-22',
  },
  'dyfed-powys-opcc-response': {
    title: 'Dyfed-Powys OPCC: the Commissioner\'s statutory response to the State of Policing report, 13 September 2023 (Welsh page)',
    url: 'https://www.dyfedpowys-pcc.org.uk/cy/newyddion/datganiadau-ir-wasg/comisiynydd-heddlu-a-throseddu-dafydd-llywelyn-yn-ymateb-i-r-asesiad-blynyddol-o-blismona-yng-nghymru-a-lloegr-2022-yn-dilyn-ei-gyhoeddi/',
  },
  'gwent-opcc-specified-information': {
    title: 'Gwent OPCC: Gorchymyn Gwybodaeth Benodedig (the Welsh page of its published information)',
    url: 'https://www.gwent.pcc.police.uk/cy/tryloywder/gorchymyn-gwybodaeth-benodedig/',
  },
  'gwent-police-data': {
    title: 'Heddlu Gwent: Data ac Ystadegau Stopio a Chwilio (Welsh page)',
    url: 'https://www.gwent.police.uk/amdanom-ni/eich-hawl-i-wybodaeth/stopio-a-chwilio/data-ac-ystadegau-stopio-a-chwilio/?L=1',
  },
  'llyw-cymru': {
    title: 'Welsh Government, llyw.cymru: a guidance page (the site\'s own skip link)',
    url: 'https://www.llyw.cymru/cofrestru-tir-fel-maes-tref-neu-bentref-canllawiau-i-awdurdodau-cofrestru-tiroedd-comin',
  },
  'legislation-gov-uk-cy': {
    title: 'legislation.gov.uk in Welsh: "Chwilio Deddfwriaeth" (Search Legislation)',
    url: 'https://legislation.gov.uk/cy/wsi/2021/584/part/2/made/welsh',
  },
  'electoral-commission-accessibility-cy': {
    title: 'The Electoral Commission: "Datganiad hygyrchedd ar gyfer y Comisiwn Etholiadol" (its accessibility statement in Welsh, after the government\'s model statement)',
    url: 'https://www.electoralcommission.org.uk/cy/accessibility',
  },
  'node-icu-cy': {
    title: 'The Unicode CLDR data for Welsh, as Node 24\'s ICU 78.3 / CLDR 48 gives it through Intl (month names, plural rules)',
    url: 'https://cldr.unicode.org/',
  },
} as const;

export type SourceId = keyof typeof SOURCES;
