import { displayName } from '../i18n/display-name';
import type { Language } from '../i18n/language';

export interface LabelledChain {
  readonly id: string;
  readonly name: string;
  readonly nameZh?: string | null;
  readonly regionCode?: string | null;
}

/**
 * Each chain's name as lists and the heat map's axis show it. Places name their chains alike
 * (three provinces each have a 新型显示产业链): a name that several chains share gets each one's
 * place after it, from `placeName` (which is given the chain's region code, or null for a
 * national chain); names still alike after that get the id, so no two rows ever read the same.
 */
export function distinctChainLabels(chains: readonly LabelledChain[], language: Language, placeName: (regionCode: string | null) => string): Map<string, string> {
  const wrap = (text: string, extra: string) => (language === 'zh' ? `${text}（${extra}）` : `${text} (${extra})`);
  const named = chains.map((chain) => ({ chain, label: displayName(chain, language) }));
  const placed = named.map(({ chain, label }) => ({ chain, label: countOf(named, label) > 1 ? wrap(label, placeName(chain.regionCode ?? null)) : label }));
  return new Map(placed.map(({ chain, label }) => [chain.id, countOf(placed, label) > 1 ? wrap(label, chain.id) : label]));
}

function countOf(list: readonly { label: string }[], label: string): number {
  let n = 0;
  for (const item of list) if (item.label === label) n += 1;
  return n;
}
