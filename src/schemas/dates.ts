import { z } from 'zod';
import { isDay, isPartialDate } from '../lib/basics/days.ts';
import { allowed } from './messages.ts';

const DAY = 'a real date written YYYY-MM-DD (e.g. 2019-11-21), day included; leave the field out if the document gives no date';
const DAY_OR_MONTH = 'a real date written YYYY-MM-DD, or YYYY-MM where only the month is known';

/** A full calendar date, `YYYY-MM-DD`, that exists (2024-02-30 does not). */
export const daySchema = z.string(allowed(DAY)).refine(isDay, allowed(DAY));

/** A full date `YYYY-MM-DD`, or `YYYY-MM` where only the month is known. */
export const partialDateSchema = z.string(allowed(DAY_OR_MONTH)).refine(isPartialDate, allowed(DAY_OR_MONTH));
