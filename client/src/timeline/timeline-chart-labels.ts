import type { CumulativeLabels } from './timeline-cumulative';
import type { NewByTypeLabels } from './timeline-new-by-type';
import type { NewVsEndedLabels } from './timeline-new-vs-ended';
import { agreementTypeName } from '../i18n/agreement-types';
import { t } from './timeline-messages';
import type { TimelineInterval } from './timeline-state';

// The charts take their words as options (so they stay pure functions of their input); these
// are those words in the reader's language.

export { agreementTypeName };

export function newByTypeLabels(interval: TimelineInterval): NewByTypeLabels {
  return {
    title: t('newByType'),
    description: ({ first, last, total }) => t('newByTypeDescription', { first, last, total }),
    x: t(interval === 'month' ? 'axisMonthSigned' : 'axisYearSigned'),
    y: t('axisNew'),
    legend: t('legendTypes'),
    type: agreementTypeName,
    bar: ({ period, type, count }) => t('barTitle', { period, type, count }),
  };
}

export function newVsEndedLabels(interval: TimelineInterval): NewVsEndedLabels {
  return {
    title: t('newVsEnded'),
    description: ({ first, last, new: added, ended }) => t('newVsEndedDescription', { first, last, new: added, ended }),
    x: t(interval === 'month' ? 'axisMonth' : 'axisYear'),
    y: t('axisNewEnded'),
    legend: t('legendSeries'),
    new: t('seriesNew'),
    ended: t('seriesEnded'),
    bar: ({ period, series, count }) => t('barTitle', { period, type: series, count }),
  };
}

export function cumulativeLabels(interval: TimelineInterval): CumulativeLabels {
  return {
    title: t('cumulative'),
    description: ({ first, last, start, end, peak }) => t('cumulativeDescription', { first, last, start, end, peak }),
    x: t(interval === 'month' ? 'axisMonth' : 'axisYear'),
    y: t('axisLive'),
    point: ({ period, count }) => t('pointTitle', { period, count }),
  };
}
