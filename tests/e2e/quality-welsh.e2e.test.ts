import { describeBrowserGates } from '../support/browser-gates.ts';
import { WELSH } from '../support/sites.ts';

describeBrowserGates(WELSH);
