import { describe, expect, it } from 'vitest';
import { distinctChainLabels } from './chain-labels';

const chains = [
  { id: 'shaanxi-new-display-chain', name: 'New display (Shaanxi)', nameZh: '新型显示产业链', regionCode: '610000' },
  { id: 'anhui-new-display-chain', name: 'New display (Anhui)', nameZh: '新型显示产业链', regionCode: '340000' },
  { id: 'photovoltaic-industry-chain', name: 'Photovoltaic industry chain', nameZh: '光伏产业链', regionCode: null },
  { id: 'shanxi-photovoltaic-chain', name: 'Photovoltaics (Shanxi)', nameZh: '光伏产业链', regionCode: '140000' },
  { id: 'wuxi-iot-chain', name: 'Internet of Things (Wuxi)', nameZh: '物联网产业链', regionCode: '320200' },
];
const places: Record<string, string> = { '610000': '陕西省', '340000': '安徽省', '140000': '山西省', '320200': '无锡市' };
const placeName = (code: string | null) => (code === null ? '全国' : (places[code] ?? code));

describe('distinctChainLabels', () => {
  it('adds the place to a name several chains share, and leaves the others as they are', () => {
    expect([...distinctChainLabels(chains, 'zh', placeName).values()]).toEqual(['新型显示产业链（陕西省）', '新型显示产业链（安徽省）', '光伏产业链（全国）', '光伏产业链（山西省）', '物联网产业链']);
    // The English names already differ.
    expect([...distinctChainLabels(chains, 'en', placeName).values()]).toEqual(chains.map((c) => c.name));
  });

  it('adds the id where even the place is shared', () => {
    const twins = [
      { id: 'a', name: 'Display', regionCode: '610000' },
      { id: 'b', name: 'Display', regionCode: '610000' },
    ];
    expect([...distinctChainLabels(twins, 'en', placeName).values()]).toEqual(['Display (陕西省) (a)', 'Display (陕西省) (b)']);
  });
});
