import { describe, expect, it } from 'vitest';
import { estimateWidth, fitText } from './fit-text';

describe('fitText', () => {
  it('keeps text that fits as it is', () => {
    expect(fitText('Agreements signed', 400, 12)).toBe('Agreements signed');
  });

  it('cuts English at a word boundary, with an ellipsis, never mid-word', () => {
    const text = 'Agreements signed 2025-01-01 – 2025-12-31, by region of a party';
    const fitted = fitText(text, 200, 12);
    expect(fitted.endsWith('…')).toBe(true);
    const kept = fitted.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    // The next character of the original after what is kept is a space or punctuation: a word ended.
    expect(text.charAt(kept.length)).toMatch(/[\s,]/);
    expect(estimateWidth(12)(fitted)).toBeLessThanOrEqual(200);
  });

  it('cuts Chinese by characters, with an ellipsis', () => {
    const text = '2025-01-01至2025-12-31签署的协议数（按参与方所在地区）';
    const fitted = fitText(text, 150, 12);
    expect(fitted.endsWith('…')).toBe(true);
    expect(text.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(estimateWidth(12)(fitted)).toBeLessThanOrEqual(150);
  });

  it('uses the measure it is given', () => {
    expect(fitText('one two three', 5, 12, (s) => s.length)).toBe('one…');
  });
});
