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

/** What had focus after one Tab: an element the walk marked, and whether its focus shows; null when focus left them. */
type TabStop = { index: string; name: string; visible: boolean } | null;

/**
 * Tabs through the page from where sequential focus navigation starts (the top of a page just
 * loaded, or after `startFocusFromTop`); reports what Tab skipped and focus that did not show.
 * A listener in the page writes down, as each Tab is let go, what has focus and whether it
 * looks different from unfocused, so the walk costs one key press an element and two
 * evaluations a page, not a press and an evaluation an element.
 */
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
    candidates.forEach((el, index) => {
      el.dataset.kbIndex = String(index);
      el.dataset.kbUnfocused = indicator(el);
      el.dataset.kbName = `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    });
    // Focus has moved by the time a Tab is let go. Captured on the window, before any of the page's own listeners.
    const stops: TabStop[] = [];
    (window as unknown as { kbStops: typeof stops }).kbStops = stops;
    window.addEventListener('keyup', (event) => {
      if (event.key !== 'Tab') return;
      const el = document.activeElement as HTMLElement | null;
      stops.push(!el || el === document.body || el.dataset.kbIndex === undefined
        ? null
        : { index: el.dataset.kbIndex, name: el.dataset.kbName!, visible: indicator(el) !== el.dataset.kbUnfocused });
    }, { capture: true });
    return candidates.length;
  });
  // Enough to reach every element, leave the last and come round again.
  for (let i = 0; i < count + 3; i++) await page.keyboard.press('Tab');
  const { stops, unmarked } = await page.evaluate(() => ({
    stops: (window as unknown as { kbStops: TabStop[] }).kbStops,
    unmarked: [...document.querySelectorAll<HTMLElement>('[data-kb-index]')].map((el) => ({ index: el.dataset.kbIndex!, name: el.dataset.kbName! })),
  }));
  const reached = new Set<string>();
  const noIndicator: string[] = [];
  // The walk ends where focus leaves the page's elements, or comes back to one it has been on.
  for (const focused of stops) {
    if (!focused || reached.has(focused.index)) break;
    reached.add(focused.index);
    if (!focused.visible) noIndicator.push(focused.name);
  }
  const unreached = unmarked.filter((el) => !reached.has(el.index)).map((el) => el.name);
  return { unreached, noIndicator, reached: reached.size };
}

/**
 * The skip link, on a page no key has touched yet: the first Tab lands on it, it is on screen
 * while focused, Enter moves focus to the main content, and the next Tab stays in it.
 */
export async function findSkipLinkProblems(page: Page, text: string): Promise<string[]> {
  const problems: string[] = [];
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    const box = el?.getBoundingClientRect();
    return { text: el?.textContent ?? null, onScreen: !!box && box.x >= 0 && box.y >= 0 && box.width > 0 && box.height > 0 };
  });
  if (first.text !== text) problems.push(`the first Tab reaches ${JSON.stringify(first.text)}, not the skip link ${JSON.stringify(text)}`);
  if (!first.onScreen) problems.push('the skip link is not on screen when focused');
  await page.keyboard.press('Enter');
  if (await page.evaluate(() => document.activeElement?.id) !== 'main') problems.push('Enter on the skip link does not move focus to <main id="main">');
  await page.keyboard.press('Tab');
  if (!(await page.evaluate(() => !!document.activeElement?.closest('main')))) problems.push('the Tab after the skip link is not in the main content');
  return problems;
}

/**
 * Makes the next Tab start from the top of the page again, as on a page just loaded: focus on
 * an element put first in the body, then that element removed, leaves sequential focus
 * navigation's starting point there (a blur alone leaves it where focus was).
 */
export async function startFocusFromTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus({ preventScroll: true });
    start.remove();
    window.scrollTo(0, 0);
  });
}
