/** The regions of England, and Wales, in the order the site lists them. */
export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
  'Wales',
] as const;

export type Region = (typeof REGIONS)[number];
