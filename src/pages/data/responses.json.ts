import type { APIRoute } from 'astro';
import { getSite } from '../../astro/content.ts';
import { toResponseRecords } from '../../lib/outputs/data/data-export.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(toResponseRecords(getSite()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
