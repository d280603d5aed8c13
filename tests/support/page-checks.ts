/**
 * Checks run inside a real browser page: what scrolls sideways at 320px, and what the
 * keyboard can reach and whether focus shows. Each returns the problems it found, in words.
 */
import type { Page } from 'playwright-core';

/** What at 320px wide makes the page scroll sideways, or sticks out of it, outside a captioned table region. */
export function findReflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const isCaptionedRegion = (el: Element) => {
      const caption = el.querySelector(':scope > table > caption');
      return el.tagName === 'SECTION' && el.hasAttribute('tabindex') && !!caption && caption.id === el.getAttribute('aria-labelledby');
    };
    if (document.documentElement.scrollWidth > width) {
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      const scrolls = el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX);
      if (scrolls && !isCaptionedRegion(el)) problems.push(`${name(el)} scrolls sideways but is not a captioned table region`);
      const rect = el.getBoundingClientRect();
      const region = el.closest('section.table-region');
      if (rect.width > 0 && rect.right > width + 1 && !(region && isCaptionedRegion(region))) {
        problems.push(`${name(el)} reaches ${Math.round(rect.right)}px in a ${width}px window`);
      }
    }
    return problems;
  });
}

export interface KeyboardReport {
  /** Interactive elements Tab never reached. */
  unreached: string[];
  /** Elements that looked the same focused as unfocused. */
  noIndicator: string[];
  reached: number;
}

/** Tabs through the page from the top; reports what Tab skipped and focus that did not show. */
export async function tabThrough(page: Page): Promise<KeyboardReport> {
  const count = await page.evaluate(() => {
    const selector = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
    const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      // Inside a closed <details>, only its <summary> can take focus.
      const closed = el.closest('details:not([open])');
      if (closed && el !== closed.querySelector(':scope > summary')) return false;
      const style = getComputedStyle(el);
      return el.getClientRects().length > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    });
    const indicator = (el: Element) => {
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none';
      return [outline, s.boxShadow, s.backgroundColor].join(' | ');
    };
    (window as unknown as { indicator: typeof indicator }).indicator = indicator;
    candidates.forEach((el, index) => {
      el.dataset.kbIndex = String(index);
      el.dataset.kbUnfocused = indicator(el);
      el.dataset.kbName = `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    });
    return candidates.length;
  });
  const reached = new Set<string>();
  const noIndicator: string[] = [];
  for (let i = 0; i < count + 3; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.dataset.kbIndex === undefined) return null;
      const focusedIndicator = (window as unknown as { indicator: (el: Element) => string }).indicator(el);
      return { index: el.dataset.kbIndex, name: el.dataset.kbName!, visible: focusedIndicator !== el.dataset.kbUnfocused };
    });
    if (!focused || reached.has(focused.index)) break;
    reached.add(focused.index);
    if (!focused.visible) noIndicator.push(focused.name);
  }
  const unreached = await page.evaluate((seen) => [...document.querySelectorAll<HTMLElement>('[data-kb-index]')]
    .filter((el) => !seen.includes(el.dataset.kbIndex!)).map((el) => el.dataset.kbName!), [...reached]);
  return { unreached, noIndicator, reached: reached.size };
}
