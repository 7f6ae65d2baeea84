import { exportButtons } from '../export/export-buttons';
import { triggerDownload } from '../export/trigger-download';
import { errorMessage } from '../ui/status-message';
import { t } from './explorer-text';
import type { NetworkNodeData } from './network-query';

export interface ExportToolbarOptions {
  /** The chart as drawn now, as a PNG, and the file name to save it under. */
  readonly picture: () => Promise<{ blob: Blob; filename: string }>;
  /** The server's GraphML export of the network shown (same filter). */
  readonly graphmlHref: () => string;
  /** The server's GEXF export (Gephi) of the network shown (same filter). */
  readonly gexfHref: () => string;
  /** The organisations shown, for the CSV. */
  readonly nodes: () => readonly NetworkNodeData[];
}

export interface ExportToolbar {
  /** The GraphML and GEXF links follow the filter: call after each change. */
  refresh(): void;
}

/**
 * Downloads: the picture as PNG (canvas.toBlob), the network as GraphML or GEXF from the
 * server's export route, the organisations as CSV (the shared export buttons). A failure is said beside them.
 */
export function createExportToolbar(container: HTMLElement, options: ExportToolbarOptions): ExportToolbar {
  const group = document.createElement('div');
  group.className = 'export-buttons network-export';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', t('exportGroup'));
  const png = document.createElement('button');
  png.type = 'button';
  png.className = 'export-button';
  png.dataset['format'] = 'png';
  png.textContent = t('png');
  png.setAttribute('aria-label', t('pngLabel'));
  // GraphML and GEXF are files the server writes: links, whose href follows the filter.
  const fileLink = (format: 'graphml' | 'gexf') => {
    const link = document.createElement('a');
    link.className = 'export-button';
    link.dataset['format'] = format;
    link.textContent = t(format);
    link.setAttribute('aria-label', t(`${format}Label`));
    link.download = `alliance-atlas-network.${format}`;
    return link;
  };
  const graphml = fileLink('graphml');
  const gexf = fileLink('gexf');
  const message = document.createElement('span');
  message.className = 'export-message';
  message.setAttribute('role', 'status');
  group.append(png, graphml, gexf, message);

  png.addEventListener('click', () => {
    message.textContent = '';
    message.classList.remove('export-error');
    options.picture().then(
      ({ blob, filename }) => triggerDownload(blob, filename),
      (error: unknown) => {
        message.classList.add('export-error');
        message.textContent = t('pngFailed', { message: errorMessage(error) });
      },
    );
  });

  const csv = exportButtons({
    subject: t('csvSubject'),
    filename: () => 'alliance-atlas-network-organisations',
    csv: () => ({
      header: ['id', 'name', 'nameZh', 'type', 'kind', 'regionCode', 'degree', 'weightedDegree', 'betweenness', 'community', 'addedOutsideFilter'],
      rows: options.nodes().map((node) => [
        node.id,
        node.name,
        node.nameZh ?? '',
        node.label,
        node.kind ?? '',
        node.regionCode ?? '',
        node.degree,
        node.weightedDegree,
        node.betweenness,
        node.added ? '' : node.community,
        node.added ? 'yes' : '',
      ]),
    }),
  });
  container.append(group, csv);

  const refresh = () => {
    graphml.href = options.graphmlHref();
    gexf.href = options.gexfHref();
  };
  refresh();
  return { refresh };
}
