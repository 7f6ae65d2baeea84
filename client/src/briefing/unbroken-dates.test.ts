// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setTextKeepingDates } from './unbroken-dates';

describe('setTextKeepingDates', () => {
  it('wraps each date in an unbreakable span and keeps the text as it was', () => {
    const element = document.createElement('h1');
    element.textContent = 'old';
    setTextKeepingDates(element, '简报：四川省，2025-01-01 至 2025-12-31');
    expect(element.textContent).toBe('简报：四川省，2025-01-01 至 2025-12-31');
    expect([...element.querySelectorAll('span.briefing-date')].map((span) => span.textContent)).toEqual(['2025-01-01', '2025-12-31']);
    setTextKeepingDates(element, 'No dates here');
    expect(element.innerHTML).toBe('No dates here');
  });
});
