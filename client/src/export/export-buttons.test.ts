import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const saved: { blob: Blob; filename: string }[] = [];
vi.mock('./trigger-download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./trigger-download')>()),
  triggerDownload: (blob: Blob, filename: string) => saved.push({ blob, filename }),
}));

const { exportButtons } = await import('./export-buttons');

function setUp() {
  const { window } = new JSDOM('<!doctype html><body></body>', { url: 'http://localhost/timeline?lang=en' });
  vi.stubGlobal('window', window);
  const svg = window.document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '100');
  svg.setAttribute('height', '50');
  return { window, svg };
}

describe('exportButtons', () => {
  beforeEach(() => {
    saved.length = 0;
  });

  it('offers SVG and PNG for a chart and CSV for rows, each button naming what it downloads', () => {
    const { window, svg } = setUp();
    const group = exportButtons({ subject: 'the cumulative chart', filename: () => 'timeline-live', svg: () => svg, csv: () => ({ header: ['a'], rows: [[1]] }) }, window.document);
    expect(group.getAttribute('role')).toBe('group');
    expect(group.getAttribute('aria-label')).toBe('Export the cumulative chart');
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent)).toEqual(['SVG', 'PNG', 'CSV']);
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Download the cumulative chart as SVG',
      'Download the cumulative chart as PNG',
      'Download the cumulative chart as CSV',
    ]);
    expect(buttons.every((button) => button.type === 'button')).toBe(true);
    expect(exportButtons({ subject: 'the table', filename: () => 'x', csv: () => ({ header: [], rows: [] }) }, window.document).querySelectorAll('button')).toHaveLength(1);
  });

  it('downloads the CSV and the SVG under the name it is given', async () => {
    const { window, svg } = setUp();
    const group = exportButtons({ subject: 'the table', filename: () => 'timeline-totals-year-2017-2025', svg: () => svg, csv: () => ({ header: ['period', 'new'], rows: [['2017', 8]] }) }, window.document);
    window.document.body.append(group);
    group.querySelector<HTMLButtonElement>('[data-format="csv"]')!.click();
    group.querySelector<HTMLButtonElement>('[data-format="svg"]')!.click();
    expect(saved.map((file) => file.filename)).toEqual(['timeline-totals-year-2017-2025.csv', 'timeline-totals-year-2017-2025.svg']);
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFperiod,new\r\n2017,8\r\n');
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    expect(await saved[1]!.blob.text()).toContain('<svg');
  });

  it('says so beside the buttons when there is nothing to export', () => {
    const { window } = setUp();
    const group = exportButtons({ subject: 'the chart', filename: () => 'x', svg: () => null }, window.document);
    group.querySelector<HTMLButtonElement>('[data-format="svg"]')!.click();
    return vi.waitFor(() => expect(group.querySelector('.export-message')?.textContent).toBe('Could not export SVG: there is no chart to export yet.'));
  });
});
