import { describeBrowserGates } from '../support/browser-gates.ts';
import { FIXTURE } from '../support/sites.ts';

describeBrowserGates(FIXTURE);
