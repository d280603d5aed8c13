import { describeLighthouse } from '../support/lighthouse-gate.ts';

describeLighthouse('records', ['/responses/:id/:id/', '/inspections/:id/recommendations/:id/']);
