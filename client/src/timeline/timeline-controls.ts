import { select } from 'd3';
import { AGREEMENT_TYPES, agreementTypeColor, type AgreementType } from '../charts/palettes';
import { hrefInLanguage, currentLanguage } from '../i18n/language';
import { mountRegionPicker, type RegionPicker } from './region-picker';
import { agreementTypeName } from '../i18n/agreement-types';
import { t } from './timeline-messages';
import { isIsoDate } from '../format/iso-date';
import type { TimelineInterval, TimelineState } from './timeline-state';

/**
 * The timeline's filters: interval, agreement types, regions and signing dates. Every control
 * is a native form control (keyboard and screen readers work as usual) and reports each change
 * at once; the view writes it into the URL and redraws.
 */
export function mountTimelineControls(parent: HTMLElement, initial: TimelineState, onChange: (changes: Partial<TimelineState>) => void): RegionPicker {
  let types: readonly AgreementType[] = initial.types ?? AGREEMENT_TYPES;

  const form = select(parent)
    .append('form')
    .attr('class', 'timeline-controls')
    .attr('role', 'search')
    .attr('aria-label', t('filters'))
    .on('submit', (event: Event) => event.preventDefault());

  // Interval: two radio buttons (arrow keys move between them).
  const interval = form.append('fieldset').attr('class', 'control interval-control');
  interval.append('legend').attr('class', 'control-label').text(t('interval'));
  const intervalOptions = interval.append('div').attr('class', 'segmented');
  for (const value of ['year', 'month'] as const) {
    const label = intervalOptions.append('label');
    label
      .append('input')
      .attr('type', 'radio')
      .attr('name', 'timeline-interval')
      .attr('value', value)
      .attr('data-testid', `timeline-interval-${value}`)
      .property('checked', initial.interval === value)
      .on('change', (event: Event) => {
        if ((event.currentTarget as HTMLInputElement).checked) onChange({ interval: value as TimelineInterval });
      });
    label.append('span').text(t(value));
  }

  // Signing dates.
  const dates = form.append('div').attr('class', 'control date-controls');
  for (const key of ['from', 'to'] as const) {
    const field = dates.append('div').attr('class', 'field');
    field.append('label').attr('for', `timeline-${key}`).text(t(key));
    field
      .append('input')
      .attr('id', `timeline-${key}`)
      .attr('type', 'date')
      .attr('min', '1949-10-01')
      .attr('max', '2100-12-31')
      .property('value', initial[key])
      .on('change', (event: Event) => {
        const value = (event.currentTarget as HTMLInputElement).value;
        if (value === '' || isIsoDate(value)) onChange({ [key]: value });
      });
  }

  const regions = form.append('div').attr('class', 'control-slot').node() as HTMLElement;
  const picker = mountRegionPicker(regions, initial.regions, (codes) => onChange({ regions: codes }));

  const reset = form.append('div').attr('class', 'control reset-control');
  reset
    .append('a')
    .attr('class', 'reset-link')
    .attr('href', hrefInLanguage(new URL('/timeline', window.location.href).href, currentLanguage()))
    .text(t('reset'));

  // Agreement types: a checkbox each, with the colour the charts give the type.
  const typeSet = form.append('fieldset').attr('class', 'control type-control');
  typeSet.append('legend').attr('class', 'control-label').text(t('types'));
  const actions = typeSet.append('div').attr('class', 'type-actions');
  const list = typeSet.append('ul').attr('class', 'type-list');
  const items = list.selectAll('li').data(AGREEMENT_TYPES).join('li').append('label');
  const boxes = items
    .append('input')
    .attr('type', 'checkbox')
    .attr('value', (type) => type)
    .attr('data-testid', (type) => `timeline-type-${type}`)
    .property('checked', (type) => types.includes(type))
    .on('change', () => {
      types = AGREEMENT_TYPES.filter((type) => boxes.filter((t2) => t2 === type).property('checked'));
      onChange({ types });
    });
  items
    .append('span')
    .attr('class', 'swatch')
    .attr('aria-hidden', 'true')
    .style('background', (type) => agreementTypeColor(type));
  items.append('span').text((type) => agreementTypeName(type));

  const setAll = (checked: boolean) => {
    boxes.property('checked', checked);
    types = checked ? AGREEMENT_TYPES : [];
    onChange({ types });
  };
  actions.append('button').attr('type', 'button').attr('class', 'text-button').text(t('allTypes')).on('click', () => setAll(true));
  actions.append('button').attr('type', 'button').attr('class', 'text-button').text(t('noTypes')).on('click', () => setAll(false));

  return picker;
}
