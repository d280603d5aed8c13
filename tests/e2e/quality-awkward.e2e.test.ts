import { describeBrowserGates } from '../support/browser-gates.ts';
import { SITES } from '../support/sites.ts';

describeBrowserGates(SITES.find((site) => site.name === 'awkward but valid content')!);
