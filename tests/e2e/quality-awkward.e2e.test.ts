import { describeBrowserGates } from '../support/browser-gates.ts';
import { AWKWARD } from '../support/sites.ts';

describeBrowserGates(AWKWARD);
