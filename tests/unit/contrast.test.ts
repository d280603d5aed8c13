import { describe, expect, test } from 'vitest';
import { AA_NON_TEXT, AA_TEXT, contrastRatio, findContrastFailures, formatRatio, parseHexColour, relativeLuminance } from '../../src/lib/basics/contrast.ts';

const rgb = (hex: string) => parseHexColour(hex)!;

describe('parseHexColour', () => {
  test('reads six- and three-digit hex colours in either case', () => {
    expect(parseHexColour('#1d3b5c')).toEqual({ r: 0x1d, g: 0x3b, b: 0x5c });
    expect(parseHexColour('#FFF')).toEqual({ r: 255, g: 255, b: 255 });
  });

  test('reads three-digit colours as their six-digit form', () => {
    expect(parseHexColour('#fd0')).toEqual(parseHexColour('#ffdd00'));
  });

  test('refuses what it cannot read rather than guessing', () => {
    for (const text of ['red', '#12345', 'rgb(0, 0, 0)', 'var(--text)', '']) expect(parseHexColour(text), text).toBeNull();
  });
});

describe('contrastRatio', () => {
  test('is 21:1 for black on white and 1:1 for a colour on itself, in either order', () => {
    expect(relativeLuminance(rgb('#000'))).toBe(0);
    expect(relativeLuminance(rgb('#fff'))).toBeCloseTo(1, 10);
    expect(contrastRatio(rgb('#000000'), rgb('#ffffff'))).toBeCloseTo(21, 10);
    expect(contrastRatio(rgb('#ffffff'), rgb('#000000'))).toBeCloseTo(21, 10);
    expect(contrastRatio(rgb('#1d3b5c'), rgb('#1d3b5c'))).toBe(1);
  });

  test('puts the well-known grey #767676 just above 4.5:1 on white and #777777 just below', () => {
    expect(contrastRatio(rgb('#767676'), rgb('#ffffff'))).toBeGreaterThan(AA_TEXT);
    expect(contrastRatio(rgb('#777777'), rgb('#ffffff'))).toBeLessThan(AA_TEXT);
  });
});

describe('findContrastFailures', () => {
  test('passes pairs that meet their minimum', () => {
    expect(findContrastFailures([
      { name: 'body text', foreground: '#0b0c0c', background: '#ffffff' },
      { name: 'focus ring', foreground: '#949494', background: '#ffffff', minimum: AA_NON_TEXT },
    ])).toEqual([]);
  });

  test('fails text below 4.5:1 with a sentence naming the pair, the ratio and the minimum', () => {
    const [failure, ...rest] = findContrastFailures([{ name: 'secondary text', foreground: '#777777', background: '#ffffff' }]);
    expect(rest).toEqual([]);
    expect(failure!.message).toBe('secondary text: #777777 on #ffffff has a contrast ratio of 4.47:1, too low to read; allowed: at least 4.5:1 (WCAG 2.2 AA)');
  });

  test('holds non-text parts to 3:1, not 4.5:1', () => {
    const pair = { name: 'border', foreground: '#949494', background: '#ffffff' };
    expect(findContrastFailures([{ ...pair, minimum: AA_NON_TEXT }])).toEqual([]);
    expect(findContrastFailures([pair])).toHaveLength(1);
  });

  test('reports a colour it cannot read instead of passing it', () => {
    const [failure] = findContrastFailures([{ name: 'header text', foreground: 'white', background: '#1d3b5c' }]);
    expect(failure!.ratio).toBeNull();
    expect(failure!.message).toContain('"white" cannot be checked');
  });
});

describe('formatRatio', () => {
  test('rounds down so a failing ratio never reads as the minimum', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });
});
