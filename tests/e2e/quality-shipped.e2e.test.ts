import { describeBrowserGates } from '../support/browser-gates.ts';
import { SHIPPED } from '../support/sites.ts';

describeBrowserGates(SHIPPED);
