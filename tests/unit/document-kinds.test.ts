import { describe, expect, test } from 'vitest';
import {
  DEFAULT_DOCUMENT_KIND,
  DOCUMENT_KIND_IDS,
  documentKindLabel,
  isStatutoryKind,
} from '../../src/lib/basics/document-kinds.ts';

describe('document kinds', () => {
  test('puts the policing body\'s response first, and makes it the default', () => {
    expect(DOCUMENT_KIND_IDS).toEqual(['pcc-response', 'force-response', 'inspectorate-letter']);
    expect(DEFAULT_DOCUMENT_KIND).toBe('pcc-response');
  });

  test('labels each kind in plain English', () => {
    expect(documentKindLabel('pcc-response')).toBe("Policing body's response");
    expect(documentKindLabel('force-response')).toBe("Chief officer's response");
    expect(documentKindLabel('inspectorate-letter')).toBe('Inspectorate letter');
  });

  test('applies the statutory duty to the policing body\'s response only', () => {
    expect(DOCUMENT_KIND_IDS.filter(isStatutoryKind)).toEqual(['pcc-response']);
  });
});
