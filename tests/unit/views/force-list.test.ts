import { describe, expect, test } from 'vitest';
import { toForceListView } from '../../../src/lib/views/force-list.ts';
import { site } from './shared-site.ts';

describe('toForceListView', () => {
  test('groups forces by region in the site\'s region order, leaving out empty regions', () => {
    expect(toForceListView(site).regions).toEqual([
      { name: 'North East', forces: [{ link: { href: '/forces/northshire/', text: 'Northshire Constabulary' }, policingBody: 'Police and Crime Commissioner for Northshire', documents: 2 }] },
      { name: 'West Midlands', forces: [{ link: { href: '/forces/westmere/', text: 'Westmere Police' }, policingBody: 'Police and Crime Commissioner for Westmere', documents: 2 }] },
      { name: 'South West', forces: [{ link: { href: '/forces/southdale/', text: 'Southdale Police' }, policingBody: 'Southdale Police, Fire and Crime Commissioner', documents: 1 }] },
    ]);
  });
});
