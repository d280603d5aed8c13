import type { APIRoute } from 'astro';
import { getSite, getSiteConfig } from '../../astro/content.ts';
import { toDataPackage } from '../../lib/outputs/data/data-package.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(toDataPackage(getSite(), getSiteConfig().title), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
