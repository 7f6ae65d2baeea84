import './export-buttons.css';
import { defineMessages } from '../i18n/messages';
import { errorMessage } from '../ui/status-message';
import { downloadCsv, type CsvCell } from './download-csv';
import { downloadPng } from './download-png';
import { downloadSvg } from './download-svg';

const t = defineMessages({
  en: {
    group: 'Export {subject}',
    download: 'Download {subject} as {format}',
    working: 'Preparing {format}…',
    failed: 'Could not export {format}: {reason}.',
    noChart: 'there is no chart to export yet',
  },
  zh: {
    group: '导出{subject}',
    download: '下载{subject}（{format}）',
    working: '正在生成 {format}…',
    failed: '无法导出 {format}：{reason}。',
    noChart: '还没有可导出的图表',
  },
});

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

export interface ExportTargets {
  /** What is exported, in the reader's language, for the buttons' names ("the cumulative chart"). */
  readonly subject: string;
  /** File name without extension; read at click time, so it can follow the view's state. */
  readonly filename: () => string;
  /** The chart as drawn now: offers SVG and PNG. */
  readonly svg?: () => SVGSVGElement | null;
  /** The data as a table: offers CSV. */
  readonly csv?: () => CsvTable;
}

type Format = 'SVG' | 'PNG' | 'CSV';

/**
 * A small toolbar of download buttons for a chart panel or a table: SVG and PNG when given a
 * chart, CSV when given rows. Real buttons, so they take focus and answer Enter and Space; each
 * names what it downloads; a failure is said beside them, never swallowed.
 */
export function exportButtons(targets: ExportTargets, doc: Document = document): HTMLElement {
  const group = doc.createElement('div');
  group.className = 'export-buttons';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', t('group', { subject: targets.subject }));

  const message = doc.createElement('span');
  message.className = 'export-message';
  message.setAttribute('role', 'status');

  const formats: Format[] = [...(targets.svg ? (['SVG', 'PNG'] as const) : []), ...(targets.csv ? (['CSV'] as const) : [])];
  for (const format of formats) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'export-button';
    button.dataset['format'] = format.toLowerCase();
    button.textContent = format;
    button.setAttribute('aria-label', t('download', { subject: targets.subject, format }));
    button.addEventListener('click', () => {
      void run(format, button);
    });
    group.append(button);
  }
  group.append(message);

  async function run(format: Format, button: HTMLButtonElement): Promise<void> {
    message.textContent = '';
    message.classList.remove('export-error');
    const name = targets.filename();
    try {
      if (format === 'CSV') {
        const table = targets.csv!();
        downloadCsv(`${name}.csv`, table.header, table.rows, doc);
        return;
      }
      const svg = targets.svg!();
      if (svg === null) throw new Error(t('noChart'));
      if (format === 'SVG') {
        downloadSvg(svg, `${name}.svg`);
        return;
      }
      button.disabled = true;
      message.textContent = t('working', { format });
      await downloadPng(svg, `${name}.png`);
      message.textContent = '';
    } catch (error) {
      message.classList.add('export-error');
      message.textContent = t('failed', { format, reason: errorMessage(error) });
    } finally {
      button.disabled = false;
    }
  }

  return group;
}
