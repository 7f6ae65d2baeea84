import { describe, expect, it } from 'vitest';
import { formatQueryState, parseQueryState } from '../state/query-state';
import { TIMELINE_SCHEMA } from './timeline-state';

describe('the timeline state in the query string', () => {
  it('defaults to years, every type, the whole country and all dates', () => {
    expect(parseQueryState('', TIMELINE_SCHEMA)).toEqual({ interval: 'year', types: null, regions: [], from: '', to: '' });
  });

  it('reads every part and writes it back, keeping other parameters such as lang', () => {
    const search = '?lang=zh&interval=month&types=joint_lab,internship_base&regions=610000,510100&from=2019-01-01&to=2024-12-31';
    const state = parseQueryState(search, TIMELINE_SCHEMA);
    expect(state).toEqual({ interval: 'month', types: ['internship_base', 'joint_lab'], regions: ['610000', '510100'], from: '2019-01-01', to: '2024-12-31' });
    expect(formatQueryState('?lang=zh', TIMELINE_SCHEMA, state)).toBe(
      '?lang=zh&interval=month&types=internship_base%2Cjoint_lab&regions=610000%2C510100&from=2019-01-01&to=2024-12-31',
    );
  });

  it('ignores junk rather than failing', () => {
    expect(parseQueryState('?interval=week&types=nonsense&regions=61,abc&from=2024-02-30&to=yesterday', TIMELINE_SCHEMA)).toEqual({
      interval: 'year',
      types: [],
      regions: [],
      from: '',
      to: '',
    });
  });

  it('drops defaults from the URL, but keeps an empty choice of types', () => {
    expect(formatQueryState('?interval=month&regions=610000', TIMELINE_SCHEMA, { interval: 'year', regions: [] })).toBe('');
    expect(formatQueryState('', TIMELINE_SCHEMA, { types: [] })).toBe('?types=');
    expect(parseQueryState('?types=', TIMELINE_SCHEMA).types).toEqual([]);
    const all = parseQueryState('?types=internship_base,practice_base,industry_college,professor_workstation,order_class,joint_lab,strategic_cooperation,talent_training,alliance,other', TIMELINE_SCHEMA).types!;
    expect(formatQueryState('?types=joint_lab', TIMELINE_SCHEMA, { types: all })).toBe('');
  });
});
