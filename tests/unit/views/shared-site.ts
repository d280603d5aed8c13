/** The fictional site several view tests share: three forces, three inspections, five documents. */
import { makeInspection, makeRecommendation, makeResponse, makeSite } from '../support/factories.ts';

// The corpus these tests share. Forces, in registry order: Northshire (North East),
// Westmere (West Midlands), Southdale (South West).
//
// lorem-ipsum: published 2019-09-27, all forces, recommendations 1-3. Day 56 is 2019-11-21
// (27-30 September are days 1-4, October days 5-35, 1 November day 36).
export const lorem = makeInspection({ id: 'lorem-ipsum', title: 'Lorem ipsum report', published: '2019-09-27', scope: 'all' });
// dolor-sit: only the month is known; Westmere only.
export const dolor = makeInspection({
  id: 'dolor-sit',
  title: 'Dolor sit report',
  published: '2020-03',
  kind: 'force',
  scope: ['westmere'],
  recommendations: [makeRecommendation('1')],
});
// amet: Northshire and Southdale, one recommendation.
export const amet = makeInspection({
  id: 'amet',
  title: 'Amet report',
  published: '2021-05-04',
  kind: 'peel',
  scope: ['northshire', 'southdale'],
  recommendations: [makeRecommendation('1')],
});

// Northshire: on time (day 56), a section for recommendations 1 and 2, and a chief officer's
// response that gives recommendation 1 a different status.
export const northshirePcc = makeResponse({
  force: 'northshire',
  inspection: 'lorem-ipsum',
  date: '2019-11-21',
  author: { name: 'A. N. Other', role: 'Police and Crime Commissioner for Northshire' },
  recipient: 'HM Chief Inspector of Constabulary',
  source: 'https://www.example.org/northshire.pdf',
  recommendations: { '1': 'complete', '2': 'in-progress', '3': 'planned' },
  body: 'Placeholder introduction.\n\n## Recommendation 1\n\nNorthshire placeholder one.\n\n## Recommendation 2\n\nNorthshire placeholder two.\n',
});
export const northshireChief = makeResponse({
  force: 'northshire',
  inspection: 'lorem-ipsum',
  kind: 'force-response',
  date: '2019-11-01',
  recommendations: { '1': 'planned' },
});
// Westmere: published on day 60, four days late; does not deal with 1, gives no status for 3.
export const westmerePcc = makeResponse({
  force: 'westmere',
  inspection: 'lorem-ipsum',
  published: '2019-11-25',
  recommendations: { '1': 'not-addressed', '2': 'complete' },
});
export const westmereDolor = makeResponse({ force: 'westmere', inspection: 'dolor-sit', date: '2020-04-15', recommendations: { '1': 'complete' } });
// Southdale: nothing for lorem-ipsum; only a chief officer's response for amet.
export const southdaleAmet = makeResponse({
  force: 'southdale',
  inspection: 'amet',
  kind: 'force-response',
  date: '2021-06-01',
  recommendations: { '1': 'no-action' },
});

export const parts = {
  inspections: [amet, dolor, lorem],
  responses: [northshireChief, northshirePcc, southdaleAmet, westmereDolor, westmerePcc],
};
export const site = makeSite(parts);
