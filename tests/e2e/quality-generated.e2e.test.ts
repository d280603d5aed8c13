import { describeBrowserGates } from '../support/browser-gates.ts';
import { GENERATED } from '../support/sites.ts';

describeBrowserGates(GENERATED);
