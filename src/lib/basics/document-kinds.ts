/** The kinds of document the site publishes; the first is the default. */

export const DOCUMENT_KINDS = [
  {
    id: 'pcc-response',
    label: "Policing body's response",
    description: "The local policing body's statutory comments on the report (Police Act 1996 s55).",
  },
  {
    id: 'force-response',
    label: "Chief officer's response",
    description: "The chief officer's comments on the report.",
  },
  {
    id: 'inspectorate-letter',
    label: 'Inspectorate letter',
    description: 'HMICFRS writing to the force about its progress.',
  },
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number]['id'];

export const DOCUMENT_KIND_IDS = DOCUMENT_KINDS.map((k) => k.id) as [DocumentKind, ...DocumentKind[]];

export const DEFAULT_DOCUMENT_KIND: DocumentKind = 'pcc-response';

/** The plain-English label of a document kind. */
export function documentKindLabel(id: DocumentKind): string {
  return DOCUMENT_KINDS.find((k) => k.id === id)?.label ?? id;
}

/** Whether the statutory 56-day duty applies to documents of this kind. */
export function isStatutoryKind(id: DocumentKind): boolean {
  return id === 'pcc-response';
}
