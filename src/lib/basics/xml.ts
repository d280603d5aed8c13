/** The one XML escaper: for text and attribute values in the feeds, the sitemap and the charts' SVG. */

/** Escapes text for XML content and attribute values (either quote). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
