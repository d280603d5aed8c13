import { z } from 'zod';
import { REGIONS } from '../lib/basics/regions.ts';
import { allowed, fieldsObject } from './messages.ts';

const ID = 'lower-case words joined by hyphens, e.g. north-wales';

/** One territorial police force, as listed in `content/forces.yaml`. */
export const forceSchema = fieldsObject({
  id: z.string(allowed(ID)).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, allowed(ID)).meta({
    title: 'Id',
    description: 'The force\'s id: its name lower-cased, words joined by hyphens, without "Police", "Constabulary" or "Service".',
  }),
  name: z.string(allowed('the force name as text')).min(1, allowed('the force name as text'))
    .meta({ title: 'Name', description: 'The force\'s name as it styles itself, e.g. "Cleveland Police".' }),
  policingBody: z.string(allowed('the policing body title as text')).min(1, allowed('the policing body title as text')).meta({
    title: 'Policing body',
    description: 'The title of the force\'s current local policing body, e.g. "Police and Crime Commissioner for Cleveland".',
  }),
  region: z.enum(REGIONS, allowed(REGIONS.join(', '))).meta({ title: 'Region', description: 'The region of England, or Wales, the force serves.' }),
  note: z.string(allowed('a sentence or two about the force')).trim().min(1, allowed('a sentence or two about the force')).optional().meta({ multiline: true,
    title: 'Note',
    description: 'A fact about the force in a sentence or two, e.g. how its office styles itself, when its body changed; shown on its page.',
  }),
}).meta({ description: 'One territorial police force, as listed in content/forces.yaml (a list of these).' });

/** The whole registry: a list of forces. */
export const forcesSchema = z.array(forceSchema, allowed('a list of forces, each with id, name, policingBody and region'));

export type Force = z.infer<typeof forceSchema>;
