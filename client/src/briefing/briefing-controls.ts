import { select } from 'd3';
import { displayName } from '../i18n/display-name';
import type { Province } from '../timeline/timeline-query';
import { isIsoDate } from '../format/iso-date';
import { t } from './briefing-messages';
import type { BriefingState } from './briefing-state';

export interface BriefingControls {
  setProvinces(provinces: readonly Province[]): void;
  provincesFailed(reason: string): void;
  /** The name of a region code as the province list has it, or null. */
  provinceName(code: string): string | null;
}

/**
 * The briefing's settings: a province (or the whole country), the two dates of the period, and a
 * Print button. Native form controls, each reporting its change at once. Hidden on paper.
 */
export function mountBriefingControls(parent: HTMLElement, initial: BriefingState, onChange: (changes: Partial<BriefingState>) => void): BriefingControls {
  let provinces: readonly Province[] = [];
  const form = select(parent)
    .append('form')
    .attr('class', 'briefing-controls')
    .attr('aria-label', t('controls'))
    .on('submit', (event: Event) => event.preventDefault());

  const regionField = form.append('div').attr('class', 'field');
  regionField.append('label').attr('for', 'briefing-region').text(t('region'));
  const regionSelect = regionField.append('select').attr('id', 'briefing-region').attr('data-testid', 'briefing-region').property('disabled', true);
  regionSelect.append('option').attr('value', initial.region).text(t('loadingProvinces'));
  regionSelect.on('change', (event: Event) => onChange({ region: (event.currentTarget as HTMLSelectElement).value }));
  const regionNote = regionField.append('span').attr('class', 'note').attr('role', 'status');

  for (const key of ['from', 'to'] as const) {
    const field = form.append('div').attr('class', 'field');
    field.append('label').attr('for', `briefing-${key}`).text(t(key));
    field
      .append('input')
      .attr('id', `briefing-${key}`)
      .attr('type', 'date')
      .attr('min', '1949-10-01')
      .attr('max', '2100-12-31')
      .attr('required', '')
      .property('value', initial[key])
      .on('change', (event: Event) => {
        const value = (event.currentTarget as HTMLInputElement).value;
        if (isIsoDate(value)) onChange({ [key]: value });
      });
  }

  form
    .append('div')
    .attr('class', 'field briefing-print')
    .append('button')
    .attr('type', 'button')
    .attr('class', 'briefing-print-button')
    .attr('data-testid', 'briefing-print')
    .text(t('print'))
    .on('click', () => window.print());

  return {
    setProvinces(list) {
      provinces = list;
      regionSelect.selectChildren().remove();
      regionSelect.append('option').attr('value', '').text(t('wholeCountry'));
      const known = list.some((province) => province.code === initial.region);
      // A code from a shared link that is not a province (a city) stays choosable.
      if (initial.region !== '' && !known) regionSelect.append('option').attr('value', initial.region).text(initial.region);
      regionSelect
        .selectAll('option.province')
        .data(list)
        .join('option')
        .attr('class', 'province')
        .attr('value', (province) => province.code)
        .text((province) => displayName(province));
      regionSelect.property('value', initial.region).property('disabled', false);
    },
    provincesFailed(reason) {
      regionSelect.selectChildren().remove();
      regionSelect.append('option').attr('value', initial.region).text(initial.region === '' ? t('wholeCountry') : initial.region);
      regionNote.text(t('provincesFailed', { reason }));
    },
    provinceName(code) {
      const province = provinces.find((p) => p.code === code);
      return province === undefined ? null : displayName(province);
    },
  };
}
