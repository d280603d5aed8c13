import type { APIRoute } from 'astro';
import { getSite } from '../../astro/content.ts';
import { toStatusRecords } from '../../lib/outputs/data/data-statuses.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(toStatusRecords(getSite()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
