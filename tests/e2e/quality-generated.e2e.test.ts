import { describeBrowserGates } from '../support/browser-gates.ts';
import { SITES } from '../support/sites.ts';

describeBrowserGates(SITES.find((site) => site.name === 'a generated site of fictional forces')!);
