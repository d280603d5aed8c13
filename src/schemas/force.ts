import { z } from 'zod';
import { REGIONS } from '../lib/basics/regions.ts';
import { allowed, unknownFields } from './messages.ts';

const FIELDS = ['id', 'name', 'policingBody', 'region', 'note'] as const;

/** One territorial police force, as listed in `content/forces.yaml`. */
export const forceSchema = z.strictObject(
  {
    /** The force's id: its name lower-cased, words joined by hyphens, without "Police", "Constabulary" or "Service". */
    id: z.string(allowed('lower-case words joined by hyphens, e.g. north-wales')).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, allowed('lower-case words joined by hyphens, e.g. north-wales')),
    /** The force's name as it styles itself, e.g. "Cleveland Police". */
    name: z.string(allowed('the force name as text')).min(1, allowed('the force name as text')),
    /** The title of the force's current local policing body, e.g. "Police and Crime Commissioner for Cleveland". */
    policingBody: z.string(allowed('the policing body title as text')).min(1, allowed('the policing body title as text')),
    /** The region of England, or Wales, the force serves. */
    region: z.enum(REGIONS, allowed(REGIONS.join(', '))),
    /** A fact about the force in a sentence or two, e.g. how its office styles itself, when its body changed; shown on its page. */
    note: z.string(allowed('a sentence or two about the force')).trim().min(1, allowed('a sentence or two about the force')).optional(),
  },
  unknownFields(FIELDS),
);

/** The whole registry: a list of forces. */
export const forcesSchema = z.array(forceSchema, allowed('a list of forces, each with id, name, policingBody and region'));

export type Force = z.infer<typeof forceSchema>;
