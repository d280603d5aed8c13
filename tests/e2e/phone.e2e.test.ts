/**
 * A journalist on a phone (issue 25): every page fits the screen, the comparison's summary
 * rows read whole, search results say whose document each is, a quotation's link opens the
 * page at its words, and a printed comparison carries no site navigation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { describeInBrowser, useSiteInBrowser } from '../support/browser.ts';
import { AWKWARD, FIXTURE, GENERATED, onePagePerType, readSite, SHIPPED, type SiteUnderTest } from '../support/sites.ts';

const WIDTHS = [320, 375, 768];
const COMPARISON_TYPE = '/inspections/:id/recommendations/:id/';

/** Cells of each summary row that stick out of the viewport, as "force: column". */
function summaryCellsOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const outside: string[] = [];
    for (const row of document.querySelectorAll('#summary tbody tr')) {
      const force = row.querySelector('th')!;
      const cells: [string, Element | null][] = [
        ['force', force],
        ['status', row.querySelector('td[data-label="Status"]')],
        ['evidence', row.querySelector('td[data-label="Quoted evidence"]')],
      ];
      for (const [name, cell] of cells) {
        if (!cell) {
          outside.push(`${force.textContent}: no ${name} cell`);
          continue;
        }
        const box = cell.getBoundingClientRect();
        if (box.left < 0 || box.right > window.innerWidth + 0.5 || box.width === 0) outside.push(`${force.textContent}: ${name}`);
      }
    }
    return outside;
  });
}

function describeSite(site: SiteUnderTest) {
  describe(site.name, () => {
    const live = useSiteInBrowser(site.dir, site.base);
    const built = readSite(site);
    const samples = onePagePerType(built.pages.keys(), built.base);

    // Each page is loaded once and laid out at each width in turn: the layout is CSS alone (the
    // search page's script does not look at the width), and a page resized to a width measured
    // the same, box for box, as the page loaded at it, on every type of page of every test site.
    test(`no page of any type is wider than a ${WIDTHS.join(', ')}px screen, and the comparison's summary rows are whole on each`, async () => {
      const page = await live.browser.newPage({ viewport: { width: WIDTHS[0]!, height: 800 } });
      const wide: string[] = [];
      for (const [type, path] of samples) {
        await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
        await page.goto(`${live.server.origin}${path}`);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth !== width) wide.push(`${path} (${type}) at ${width}px: ${scrollWidth}px`);
          if (type === COMPARISON_TYPE) {
            expect(await page.locator('#summary tbody tr').count(), path).toBeGreaterThan(0);
            expect(await summaryCellsOutside(page), `${path} at ${width}px`).toEqual([]);
          }
        }
      }
      expect(samples.has(COMPARISON_TYPE)).toBe(true);
      expect(wide).toEqual([]);
      await page.close();
    });

    test('reads each row of a narrow screen\'s tables as a block, every cell labelled, and keeps the table at 768px', async () => {
      const path = samples.get(COMPARISON_TYPE)!;
      const page = await live.browser.newPage({ viewport: { width: 320, height: 800 } });
      await page.goto(`${live.server.origin}${path}`);
      const status = page.locator('#summary tbody td[data-label="Status"]').first();
      expect(await status.evaluate((td) => getComputedStyle(td).display)).toBe('block');
      expect(await status.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Status"');
      // The column headings are hidden on screen, not removed: the table keeps them for screen readers.
      expect(await page.locator('#summary thead th').count()).toBe(5);
      await page.setViewportSize({ width: 768, height: 800 });
      expect(await status.evaluate((td) => getComputedStyle(td).display)).toBe('table-cell');
      expect(await status.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');
      await page.close();
    });
  });
}

describeInBrowser('every page on a phone', () => {
  for (const site of [SHIPPED, GENERATED, AWKWARD, FIXTURE]) describeSite(site);
});

describeInBrowser('a journalist on a phone, with the shipped content', () => {
  const live = useSiteInBrowser(SHIPPED.dir, SHIPPED.base);

  test('sees which force wrote each search result in its title', async () => {
    const page = await live.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${live.server.url}search/?q=vetting`);
    await page.locator('.search-results li').first().waitFor();
    const results = await page.locator('.search-result').evaluateAll((items) => items.map((item) => ({
      title: item.querySelector('h3')!.textContent!,
      facts: item.querySelector('.meta')!.textContent!,
      href: item.querySelector('h3 a')!.getAttribute('href')!,
    })));
    const documents = results.filter((r) => r.href.includes('/responses/'));
    expect(documents.length).toBeGreaterThan(1);
    // A document's facts begin with its force; its title names the same force.
    for (const result of documents) expect(result.title, result.href).toContain(result.facts.split(' · ')[0]!);
    expect(new Set(documents.map((r) => r.title)).size).toBe(documents.length);
    for (const result of results.filter((r) => !r.href.includes('/responses/'))) {
      expect(result.title, result.href).toMatch(/^(Inspection report|Compared across forces): /);
    }
    await page.close();
  });

  test('opens a document at the words a comparison quotes, scrolled into view and highlighted', async () => {
    const page = await live.browser.newPage({ viewport: { width: 375, height: 700 } });
    await page.goto(`${live.server.url}inspections/shining-a-light-on-betrayal/recommendations/1/`);
    const link = page.locator('.evidence .quote-link').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/responses\/[^/]+\/[^/]+\/#q-1-[0-9a-f]{6}$/);
    const id = href.slice(href.indexOf('#') + 1);
    await link.click();
    await page.waitForURL(`**${href}`);
    const target = page.locator('mark:target');
    expect(await target.getAttribute('id')).toBe(id);
    await expect.poll(() => target.evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    expect(await target.evaluate((mark) => getComputedStyle(mark).outlineStyle)).toBe('solid');
    // The same words, quoted in the document's table of statuses, link to the same place.
    expect(await page.locator(`#statuses a[href="#${id}"]`).count()).toBe(1);
    await page.close();
  });

  test('opens a quotation\'s address from the citation box in a fresh page at its words', async () => {
    const page = await live.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${live.server.url}responses/cambridgeshire/shining-a-light-on-betrayal/`);
    const address = (await page.locator('.quote-addresses code').last().textContent())!;
    const fragment = address.slice(address.indexOf('#'));
    expect(fragment).toMatch(/^#q-[0-9A-Za-z.]+-[0-9a-f]{6}(-\d+)?$/);
    await page.goto(`${live.server.url}responses/cambridgeshire/shining-a-light-on-betrayal/${fragment}`);
    const target = page.locator('mark:target');
    expect(await target.getAttribute('id')).toBe(fragment.slice(1));
    expect(await target.evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    })).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.close();
  });

  test('opens a quotation that begins where another does at its words, highlighted like any other', async () => {
    // Such a quotation's id is on an empty span (Cleveland's has two quotations starting where a third does).
    const shared = [...readSite(SHIPPED).pages].flatMap(([path, html]) =>
      [...html.matchAll(/<span id="(q-[^"]+)"><\/span>/g)].map((m) => `${path}#${m[1]}`));
    expect(shared.length).toBeGreaterThan(0);
    const page = await live.browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const address of shared) {
      await page.goto(`${live.server.origin}${address}`);
      const mark = page.locator('mark:has(> span:target)');
      expect(await mark.count(), address).toBe(1);
      expect(await mark.evaluate((m) => getComputedStyle(m).outlineStyle), address).toBe('solid');
      expect(await mark.evaluate((m) => {
        const box = m.getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight;
      }), address).toBe(true);
      expect(await page.evaluate(() => window.scrollY), address).toBeGreaterThan(0);
    }
    await page.close();
  });

  test('prints a comparison page without the navigation or search box, with link addresses and its dates', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${live.server.url}inspections/shining-a-light-on-betrayal/recommendations/2/`);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('search').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Other recommendations of this report' }).isVisible()).toBe(false);
    // The page's dates stay on the sheet.
    expect(await page.locator('.facts').getByText('Last changed').isVisible()).toBe(true);
    const inspection = page.locator('main .kicker a');
    expect(await inspection.evaluate((a) => getComputedStyle(a, '::after').content)).toContain((await inspection.getAttribute('href'))!);
    // No row of the summary is cut across two sheets.
    expect(await page.locator('#summary tbody tr').first().evaluate((tr) => getComputedStyle(tr).breakInside)).toBe('avoid');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});

describeInBrowser('a force with two documents on an inspection\'s page', () => {
  const live = useSiteInBrowser(FIXTURE.dir, FIXTURE.base);

  /** Each row of the documents table: the force's name as seen on screen (empty when not shown), and its document. */
  function rowsAsSeen(page: Page): Promise<{ force: string; document: string }[]> {
    return page.evaluate(() => [...document.querySelectorAll('#documents tbody tr')].map((row) => {
      const force = row.querySelector('th')!;
      const seen = [...force.querySelectorAll('*'), force].every((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 1 && box.height > 1;
      });
      return { force: seen ? force.textContent!.trim() : '', document: row.querySelector('td[data-label="Document"]')?.textContent?.trim() ?? '' };
    }));
  }

  test('names the force on each of its documents\' blocks at 320px, and once at 1280px', async () => {
    const page = await live.browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${live.server.url}inspections/vetting-review-2021/`);
    const narrow = (await rowsAsSeen(page)).filter((row) => row.document);
    const northshire = narrow.filter((row) => row.force === 'Northshire Constabulary');
    expect(northshire.length).toBe(2);
    expect(narrow.every((row) => row.force)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    const wide = (await rowsAsSeen(page)).filter((row) => row.document);
    expect(wide.filter((row) => row.force === 'Northshire Constabulary').length).toBe(1);
    // Every row still has the force as its row heading, for a screen reader.
    expect(await page.locator('#documents tbody tr').evaluateAll((rows) => rows.every((row) => row.querySelector('th[scope="row"]')?.textContent?.trim()))).toBe(true);
    await page.close();
  });
});
