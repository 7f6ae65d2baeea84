import { select } from 'd3';
import { displayName } from '../i18n/display-name';
import { t } from './timeline-messages';
import type { Province } from './timeline-query';

export interface RegionPicker {
  /** Fills the province list (it loads after the view mounts). */
  setProvinces(provinces: readonly Province[]): void;
  /** The list could not load: offer a box for codes instead. */
  provincesFailed(reason: string): void;
}

/**
 * The regions filter: the chosen regions as buttons that remove them, and a select that adds a
 * province. Codes from a shared link that are not provinces (a city) are kept and shown as codes.
 */
export function mountRegionPicker(parent: HTMLElement, initial: readonly string[], onChange: (codes: readonly string[]) => void): RegionPicker {
  let codes = [...initial];
  let provinces: readonly Province[] = [];
  const nameOf = (code: string) => {
    const province = provinces.find((p) => p.code === code);
    return province === undefined ? code : displayName(province);
  };

  const group = select(parent).append('div').attr('class', 'control region-picker').attr('role', 'group').attr('aria-labelledby', 'timeline-regions-label');
  group.append('span').attr('class', 'control-label').attr('id', 'timeline-regions-label').text(t('regions'));
  const chips = group.append('ul').attr('class', 'region-chips').attr('data-testid', 'timeline-region-chips');
  const add = group
    .append('select')
    .attr('id', 'timeline-region-add')
    .attr('aria-label', t('addProvinceLabel'))
    .property('disabled', true);
  add.append('option').attr('value', '').text(t('loadingProvinces'));
  const fallback = group.append('div').attr('class', 'field region-codes').property('hidden', true);

  function change(next: readonly string[]): void {
    codes = [...next];
    renderChips();
    renderOptions();
    onChange(codes);
  }

  function renderChips(): void {
    chips.selectChildren().remove();
    if (codes.length === 0) {
      chips.append('li').attr('class', 'region-chip-none').text(t('wholeCountry'));
      return;
    }
    chips
      .selectAll('li')
      .data(codes)
      .join('li')
      .append('button')
      .attr('type', 'button')
      .attr('class', 'region-chip')
      .attr('data-code', (code) => code)
      .attr('aria-label', (code) => t('removeRegion', { region: nameOf(code) }))
      .call((button) => {
        button.append('span').text((code) => nameOf(code));
        button.append('span').attr('class', 'region-chip-x').attr('aria-hidden', 'true').text('×');
      })
      .on('click', (_event: Event, code: string) => {
        const index = codes.indexOf(code);
        change(codes.filter((c) => c !== code));
        // Keep the keyboard user where they were: the next chip, else the select.
        const buttons = chips.selectAll<HTMLButtonElement, string>('button').nodes();
        (buttons[Math.min(index, buttons.length - 1)] ?? (add.node() as HTMLSelectElement)).focus();
      });
  }

  function renderOptions(): void {
    if (provinces.length === 0) return;
    add.selectChildren().remove();
    add.append('option').attr('value', '').text(t('addProvince'));
    add
      .selectAll('option.province')
      .data(provinces.filter((province) => !codes.includes(province.code)))
      .join('option')
      .attr('class', 'province')
      .attr('value', (province) => province.code)
      .text((province) => displayName(province));
    add.property('value', '');
  }

  add.on('change', (event: Event) => {
    const code = (event.currentTarget as HTMLSelectElement).value;
    if (code !== '' && !codes.includes(code)) change([...codes, code]);
  });

  renderChips();

  return {
    setProvinces(list) {
      provinces = list;
      add.property('disabled', false);
      renderOptions();
      renderChips();
    },
    provincesFailed(reason) {
      add.remove();
      fallback.property('hidden', false);
      fallback.append('label').attr('for', 'timeline-region-codes').text(`${t('provincesFailed', { reason })} ${t('regionCodes')}`);
      fallback
        .append('input')
        .attr('id', 'timeline-region-codes')
        .attr('type', 'text')
        .attr('inputmode', 'numeric')
        .attr('autocomplete', 'off')
        .attr('placeholder', '610000, 510000')
        .property('value', codes.join(', '))
        .on('change', (event: Event) => {
          const typed = (event.currentTarget as HTMLInputElement).value.split(/[\s,，]+/).filter((code) => /^\d{6}$/.test(code));
          change([...new Set(typed)]);
        });
    },
  };
}
