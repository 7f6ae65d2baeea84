// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderRegionRule } from './region-rule-notice';
import { testNode } from './test-fixtures';

const names: Record<string, string> = { '510000': 'Sichuan', '610000': 'Shaanxi' };
const regionName = (code: string | null) => (code === null ? null : (names[code] ?? null));

describe('renderRegionRule', () => {
  it('is hidden without regions', () => {
    const element = document.createElement('p');
    renderRegionRule(element, { regions: [], ends: null }, null, regionName);
    expect(element.hidden).toBe(true);
  });

  it('says one end by default, counting those inside and the partners elsewhere (added nodes aside)', () => {
    const element = document.createElement('p');
    const nodes = [testNode('a'), testNode('b'), testNode('c', { outsideRegions: true }), testNode('d', { added: true })];
    renderRegionRule(element, { regions: ['510000', '610000'], ends: null }, nodes, regionName);
    expect(element.hidden).toBe(false);
    expect(element.dataset['rule']).toBe('one');
    expect(element.textContent).toMatch(/^Links with at least one end in Sichuan, Shaanxi: 2 organisations there and 1 partner elsewhere \(a hollow circle\)\. Figures/);
  });

  it('says both ends when asked, naming a region it has no name for by its code', () => {
    const element = document.createElement('p');
    renderRegionRule(element, { regions: ['510100'], ends: 'BOTH_ENDS' }, [testNode('a')], regionName);
    expect(element.dataset['rule']).toBe('both');
    expect(element.textContent).toMatch(/^Only links with both ends in 510100:/);
  });
});
