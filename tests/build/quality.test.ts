/**
 * Quality gates over every page of every built site: valid HTML, links that resolve, a
 * locked-down Content Security Policy, no JavaScript outside search, tables with captions
 * and header cells, and the accessibility statement one click away.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks, readTargets } from '../../src/lib/office/links.ts';
import { urls, withBase } from '../../src/lib/basics/urls.ts';
import { GENERATED_OFFICE } from '../support/generate.ts';
import { validatePage } from '../support/html-validate.ts';
import { GENERATED, isEditorPage, mayRunScripts, readSite, SITES } from '../support/sites.ts';

/** The elements of one tag name in a tree, in document order. */
function collect(root: Nodes, tagName: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === tagName) found.push(node);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(root);
  return found;
}

function allElements(root: Nodes): Element[] {
  const found: Element[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') found.push(node);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(root);
  return found;
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '';
}

const attribute = (element: Element, name: string) => String(element.properties[name] ?? '');

describe.each(SITES)('$name', (site) => {
  const built = readSite(site);
  const pages = [...built.pages.entries()];
  const trees = new Map<string, Nodes>();
  const treeOf = (path: string) => {
    if (!trees.has(path)) trees.set(path, fromHtml(built.pages.get(path)!));
    return trees.get(path)!;
  };

  test('has pages to check', () => {
    // The home page, the lists and the statement at least: a gate over no pages proves nothing.
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(built.pages.has(withBase(built.base, urls.accessibility()))).toBe(true);
  });

  test('every page is valid HTML by html-validate\'s recommended rules', async () => {
    const errors: string[] = [];
    for (const [path, html] of pages) errors.push(...(await validatePage(html, path)));
    expect(errors).toEqual([]);
  });

  test('every internal link, stylesheet and #fragment resolves', () => {
    expect(findBrokenLinks(built)).toEqual([]);
  });

  test('every page carries a Content Security Policy that allows no inline code, eval or other origins', () => {
    // The editor's page has its own (tests/build/editor-page.test.ts).
    for (const [path] of pages.filter(([p]) => !isEditorPage(p, built.base))) {
      const metas = collect(treeOf(path), 'meta').filter((m) => attribute(m, 'httpEquiv').toLowerCase() === 'content-security-policy');
      expect(metas, path).toHaveLength(1);
      const policy = attribute(metas[0]!, 'content');
      const directives = new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values] as const;
      }));
      expect(directives.get('default-src'), path).toEqual(["'self'"]);
      for (const [name, values] of directives) {
        expect(values, `${path} ${name}`).not.toContain("'unsafe-inline'");
        expect(values, `${path} ${name}`).not.toContain("'unsafe-eval'");
        // Only the site itself, hashes of its own inline code, data: images and 'none'; search
        // alone may also compile WebAssembly (Pagefind), which is not 'unsafe-eval'.
        const allowed = /^('self'|'none'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|data:)$/;
        for (const value of values) {
          if (value === "'wasm-unsafe-eval'" && name === 'script-src' && mayRunScripts(path, built.base)) continue;
          expect(value, `${path} ${name}`).toMatch(allowed);
        }
      }
    }
  });

  test('no page except search and the editor ships JavaScript or event-handler attributes', () => {
    for (const [path, html] of pages) {
      if (mayRunScripts(path, built.base)) continue;
      expect(collect(treeOf(path), 'script').map((s) => attribute(s, 'src') || 'inline script'), path).toEqual([]);
      const handlers = allElements(treeOf(path)).flatMap((e) => Object.keys(e.properties).filter((k) => /^on/i.test(k)).map((k) => `<${e.tagName} ${k}>`));
      expect(handlers, path).toEqual([]);
      expect(readTargets(html).links.filter((href) => /^\s*javascript:/i.test(href.replace(/[\u0000-\u0020]/g, ''))), path).toEqual([]);
    }
  });

  test('every table has a caption and header cells', () => {
    for (const [path] of pages) {
      for (const table of collect(treeOf(path), 'table')) {
        const id = attribute(table, 'id') || 'a table';
        expect(table.children.some((c) => c.type === 'element' && c.tagName === 'caption'), `${path} ${id} caption`).toBe(true);
        expect(collect(table, 'th').length, `${path} ${id} header cells`).toBeGreaterThan(0);
      }
    }
  });

  test('every page links to the accessibility statement from its footer', () => {
    // The editor's page is the office's tool, drawn by Decap CMS: it has no site footer.
    for (const [path] of pages.filter(([p]) => !isEditorPage(p, built.base))) {
      // A Welsh page (/cy/…) links to the Welsh twin of the statement.
      const welsh = path.startsWith(`${built.base}cy/`);
      const statement = withBase(welsh ? `${built.base}cy/` : built.base, urls.accessibility());
      const footer = collect(treeOf(path), 'footer')[0];
      expect(footer, path).toBeDefined();
      const links = collect(footer!, 'a');
      expect(links.some((a) => attribute(a, 'href') === statement && (welsh ? /datganiad hygyrchedd/i : /accessibility statement/i).test(textOf(a))), path).toBe(true);
    }
  });
});

describe('the sites under test', () => {
  test('include one built with an office\'s settings, its feeds and its sitemap, so the gates cover them', () => {
    // Without this, a change to how the generated site is built could quietly drop the office's settings from the gates.
    const built = readSite(GENERATED);
    const home = built.pages.get('/')!;
    expect(home).toContain(`<title>${GENERATED_OFFICE.title}</title>`);
    expect(home).toContain(`alt="${GENERATED_OFFICE.logo.alt}"`);
    expect(textOf(fromHtml(home))).toContain(`Published by ${GENERATED_OFFICE.officeName}.`);
    expect(home).toMatch(/<link rel="alternate" href="[^"]*\/feeds\/all\.xml"/);
    for (const file of ['/site-logo.svg', '/sitemap.xml', '/feeds/all.xml']) expect(built.files.has(file), file).toBe(true);
  });
});
