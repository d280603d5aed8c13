import type { APIRoute } from 'astro';
import { getSiteConfig } from '../../astro/content.ts';
import { toTheme, toThemeCss } from '../../lib/basics/theme.ts';
import narrow from '../../styles/narrow.css?raw';
import site from '../../styles/site.css?raw';

/**
 * The site's own stylesheet for the editor's preview (src/browser/editor-preview.ts): the
 * office's colours (as the pages' virtual:pcc/theme.css), then the same files the pages use,
 * served from the site so the editor's page loads no style from elsewhere.
 */
export const GET: APIRoute = () => {
  const css = [toThemeCss(toTheme(getSiteConfig().colours)), site, narrow].join('\n');
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
