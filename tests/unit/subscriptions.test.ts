import { describe, expect, test } from 'vitest';
import { subscriptionFiles } from '../../src/lib/outputs/feeds/subscriptions.ts';
import { FORCES, makeInspection, makeSite } from './support/factories.ts';

describe('subscriptionFiles (feeds and calendars)', () => {
  const parts = { inspections: [makeInspection({ id: 'lorem-review', published: '2019-09-27' })] };

  test('makes the site\'s file, then one per force and one per inspection, each once per site', () => {
    let made = 0;
    const files = subscriptionFiles<string>({
      site: (site) => [`/all`, `${++made} ${site.siteUrl}`],
      force: (_site, force) => [`/forces/${force.id}`, `${++made}`],
      inspection: (_site, inspection) => [`/inspections/${inspection.id}`, `${++made}`],
    });
    const site = makeSite(parts, { siteUrl: 'https://responses.example.org/' });
    expect([...files(site).keys()]).toEqual(['/all', ...FORCES.map((f) => `/forces/${f.id}`), '/inspections/lorem-review']);
    expect(files(site).get('/all')).toBe('1 https://responses.example.org/');
    expect(files(site)).toBe(files(site));
    expect(made).toBe(FORCES.length + 2);
  });

  test('makes nothing without the site\'s address, which absolute ids and links need', () => {
    const files = subscriptionFiles<string>({ site: () => ['/all', 'x'], force: (_site, force) => [`/forces/${force.id}`, 'x'] });
    expect(files(makeSite(parts)).size).toBe(0);
  });
});
