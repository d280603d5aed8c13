import type { APIRoute } from 'astro';
import { today } from '../../lib/settings/environment.ts';
import { getSiteConfig } from '../../astro/content.ts';
import { toSecurityTxt } from '../../lib/settings/contact.ts';

/** RFC 9116: where to report a security problem with the site, from site.config.json's `contact`. */
export const GET: APIRoute = () =>
  new Response(toSecurityTxt(getSiteConfig(), today()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
