import { describeLighthouse } from '../support/lighthouse-gate.ts';

describeLighthouse('site-wide', ['/', '/search/']);
