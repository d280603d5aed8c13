import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { handOverValidation, takeValidation, type HandoverKey } from '../../../src/lib/content/handover.ts';
import { validateAll } from '../../../src/lib/content/validate.ts';
import { CONFIG_FILE, DEFAULT_CONFIG } from '../../../src/lib/office/site-config.ts';
import { VALID } from '../../fixtures/fixtures.ts';

const validation = validateAll({ contentDir: VALID, settings: { config: DEFAULT_CONFIG, file: null, problems: [] }, statement: null, root: VALID });
const key: HandoverKey = { contentDir: VALID, configFile: join(VALID, CONFIG_FILE), generation: 0 };

afterEach(() => {
  takeValidation(key);
});

describe('handing the build\'s validation to the pages', () => {
  test('gives the pages the very validation the build checked, so no file is loaded twice', () => {
    handOverValidation(key, validation);
    expect(takeValidation({ ...key })).toBe(validation);
  });

  test('gives it once: a second page module loads for itself', () => {
    handOverValidation(key, validation);
    takeValidation(key);
    expect(takeValidation(key)).toBeUndefined();
  });

  test.each([
    ['another content folder', { contentDir: join(VALID, 'elsewhere') }],
    ['another settings file', { configFile: join(VALID, 'other.json') }],
    ['content changed since (the preview\'s next generation)', { generation: 1 }],
  ])('gives nothing for %s', (_name, change) => {
    handOverValidation(key, validation);
    expect(takeValidation({ ...key, ...change })).toBeUndefined();
    // Nor is it left for later: it was made from something else.
    expect(takeValidation(key)).toBeUndefined();
  });
});
