import { select, type Selection } from 'd3';
import { t as coverageT } from '../coverage/coverage-messages';
import { kindLabel } from '../coverage/coverage-tables';
import type { CsvTable } from '../export/export-buttons';
import { exportButtons } from '../export/export-buttons';
import { communityNumber } from '../format/community-number';
import { MISSING_VALUE } from '../format/missing-value';
import { displayName } from '../i18n/display-name';
import { currentLanguage } from '../i18n/language';
import { agreementTypeName } from '../i18n/agreement-types';
import { renderStaleFiguresNote } from '../ui/stale-figures';
import type { Named, OrgProfile, ProfileAgreement, ProfileEvidence, ProfilePartner } from './org-profile-query';
import { t } from './org-profile-messages';

type Section = Selection<HTMLElement, unknown, null, undefined>;

/** `/org/<id>` keeping the page's `lang`, so a profile opened in a new tab speaks the same language. */
export function profileHref(id: string, search: string = window.location.search): string {
  const lang = new URLSearchParams(search).get('lang');
  const path = `/org/${encodeURIComponent(id)}`;
  return lang === null ? path : `${path}?lang=${encodeURIComponent(lang)}`;
}

/** A network-view address with the given state, keeping the page's language. */
export function networkHref(params: Readonly<Record<string, string>>, search: string = window.location.search): string {
  const query = new URLSearchParams(params);
  const lang = new URLSearchParams(search).get('lang');
  if (lang !== null) query.set('lang', lang);
  return `/network?${query.toString()}`;
}

const locale = () => (currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB');
const number = (value: number) => value.toLocaleString(locale());
const orDash = (value: string | null | undefined) => (value === null || value === undefined || value.trim() === '' ? MISSING_VALUE : value);

/** An agreement type in words (the code for one the dashboard does not know). */
export function agreementTypeLabel(type: string): string {
  const label = agreementTypeName(type);
  return label === undefined ? type : label;
}

/** The other-language name, when there is one that differs from the shown name. */
function otherName(entity: Named | { name: string; nameZh: string | null }): { text: string; lang: string } | null {
  if (!entity.nameZh || entity.nameZh === entity.name) return null;
  return currentLanguage() === 'zh' ? { text: entity.name, lang: 'en' } : { text: entity.nameZh, lang: 'zh-Hans' };
}

function nameLang(entity: { name: string; nameZh: string | null }): string {
  return currentLanguage() === 'zh' && entity.nameZh ? 'zh-Hans' : 'en';
}

function section(parent: Section, key: string, heading: string): Section {
  const id = `profile-${key}-heading`;
  const part = parent.append('section').attr('class', `profile-section profile-${key}`).attr('aria-labelledby', id);
  part.append('div').attr('class', 'chart-panel-header').append('h2').attr('id', id).text(heading);
  return part as unknown as Section;
}

function empty(parent: Section, text: string): void {
  parent.append('p').attr('class', 'status status-empty').attr('role', 'status').attr('data-status', 'empty').text(text);
}

/** Name, other-language name, facts and the two links into the network view. */
export function renderHeader(parent: Section, profile: OrgProfile): void {
  const org = profile.organization;
  const header = parent.append('header').attr('class', 'profile-header');
  header.append('h1').attr('id', 'view-heading').attr('data-testid', 'org-name').attr('lang', nameLang(org)).text(displayName(org));
  const other = otherName(org);
  if (other) header.append('p').attr('class', 'name-zh').attr('data-testid', 'org-other-name').attr('lang', other.lang).text(other.text);

  const region = profile.region;
  const facts: [string, string][] = [
    [t('type'), org.label === 'Institution' || org.label === 'Enterprise' || org.label === 'Government' ? t(org.label) : org.label],
    [t('kind'), kindLabel(org.kind)],
    [t('region'), region ? `${displayName(region)} (${region.code})` : orDash(org.regionCode)],
    [t('id'), org.id],
  ];
  const list = header.append('dl').attr('class', 'facts');
  for (const [term, value] of facts) {
    list.append('dt').text(term);
    list.append('dd').text(value);
  }
  list.append('dt').text(t('aliases'));
  const aliases = profile.aliases.filter((alias) => alias.trim() !== '');
  const cell = list.append('dd');
  if (aliases.length === 0) cell.text(t('noAliases'));
  else cell.append('ul').attr('class', 'aliases').selectAll('li').data(aliases).join('li').text((alias) => alias);

  const actions = header.append('p').attr('class', 'profile-actions');
  actions.append('a').attr('data-testid', 'show-in-network').attr('href', networkHref({ selected: org.id })).text(t('showInNetwork'));
  actions.append('a').attr('data-testid', 'path-from-here').attr('href', networkHref({ selected: org.id, pathFrom: org.id })).text(t('pathFromHere'));
}

/** Degree, weighted degree, betweenness with rank and method, community; each with a line on what it means. */
export function renderMetrics(parent: Section, profile: OrgProfile): void {
  const part = section(parent, 'metrics', t('metrics'));
  const { metrics } = profile;
  const method = metrics.betweennessMethod;
  const how =
    method.method === 'exact' ? t('exact') : method.sampleSize === null ? t('sampledNoSize') : t('sampled', { n: method.sampleSize });
  const rows: [string, string, string, string][] = [
    ['degree', t('degree'), number(metrics.degree), t('degreeHelp')],
    ['weighted-degree', t('weightedDegree'), number(metrics.weightedDegree), t('weightedDegreeHelp')],
    [
      'betweenness',
      t('betweenness'),
      `${metrics.betweenness.toLocaleString(locale(), { maximumSignificantDigits: 4 })} · ${t('rank', { rank: metrics.betweennessRank })} · ${how}`,
      t('betweennessHelp'),
    ],
    ['community', t('community'), communityNumber(metrics.community, locale()), t('communityHelp')],
  ];
  if (metrics.metricsStale) {
    // The figures come from stored metrics computed before the graph's last change; newer ones are on their way.
    const note = part.append('p').attr('class', 'status status-info metrics-stale').attr('role', 'status').attr('data-testid', 'metrics-stale-notice');
    renderStaleFiguresNote(note.node()!, { metricsStale: true, metricsComputedAt: profile.egoNetwork.metricsComputedAt });
  }
  const list = part.append('dl').attr('class', 'metric-list');
  for (const [key, label, value, help] of rows) {
    const item = list.append('div').attr('class', 'metric').attr('data-testid', `metric-${key}`);
    item.append('dt').text(label);
    item.append('dd').attr('class', 'metric-value').text(value);
    item.append('dd').attr('class', 'metric-help').text(help);
  }
}

function partyLink(cell: Selection<HTMLElement, unknown, null, undefined>, party: { id: string; name: string; nameZh: string | null }): void {
  cell.append('a').attr('class', 'org-name').attr('href', profileHref(party.id)).attr('lang', nameLang(party)).text(displayName(party));
}

function sourceLabel(evidence: ProfileEvidence): string {
  const { source } = evidence;
  const parts = [source.title ?? t('sourceFallback', { id: source.id }), source.publisher, source.publishedOn].filter(
    (part): part is string => part !== null && part.trim() !== '',
  );
  return parts.join(' · ');
}

/** One row per agreement; each of its sources as a quote and a link. */
export function renderAgreements(parent: Section, profile: OrgProfile): void {
  const part = section(parent, 'agreements', t('agreements', { n: profile.agreements.length }));
  if (profile.agreements.length === 0) {
    empty(part, t('noAgreements'));
    return;
  }
  part.select('.chart-panel-header').append(() =>
    exportButtons({ subject: t('agreementsSubject'), filename: () => `agreements-${profile.organization.id}`, csv: () => agreementsCsv(profile) }),
  );
  const scroll = part.append('div').attr('class', 'table-scroll');
  const table = scroll.append('table').attr('class', 'data-table profile-agreements').attr('data-testid', 'profile-agreements');
  const head = table.append('thead').append('tr');
  for (const key of ['colType', 'colTitle', 'colSigned', 'colStatus', 'colPartners', 'colSources'] as const) head.append('th').attr('scope', 'col').text(t(key));
  const own = profile.organization.id;
  const body = table.append('tbody');
  for (const agreement of profile.agreements) {
    const row = body.append('tr').attr('data-testid', 'agreement-row').attr('data-id', agreement.id);
    row.append('td').text(agreementTypeLabel(agreement.type));
    row.append('th').attr('scope', 'row').text(agreement.title ?? t('untitled'));
    const dates = row.append('td').attr('class', 'profile-date');
    dates.append('span').text(orDash(agreement.signedOn));
    if (agreement.endsOn) dates.append('span').attr('class', 'note').text(` – ${agreement.endsOn}`);
    row
      .append('td')
      .append('span')
      .attr('class', agreement.live ? 'badge badge-live' : 'badge badge-ended')
      .text(agreement.live ? t('live') : t('ended'));
    const partiesCell = row.append('td');
    const parties = partiesCell.append('ul').attr('class', 'plain-list');
    for (const party of agreement.parties.filter((party) => party.id !== own)) partyLink(parties.append('li') as unknown as Section, party);
    renderSources(row.append('td').attr('class', 'profile-sources') as unknown as Section, agreement);
  }
}

function renderSources(cell: Section, agreement: ProfileAgreement): void {
  if (agreement.sources.length === 0) {
    cell.append('span').attr('class', 'note').text(t('noSources'));
    return;
  }
  for (const evidence of agreement.sources) {
    const figure = cell.append('figure').attr('class', 'evidence').attr('data-testid', 'evidence');
    if (evidence.quote) figure.append('blockquote').text(evidence.quote);
    else figure.append('p').attr('class', 'note').text(t('noQuote'));
    const caption = figure.append('figcaption');
    const url = safeUrl(evidence.source.url);
    if (url !== null) {
      caption.append('a').attr('class', 'source-link').attr('href', url).attr('rel', 'noopener noreferrer').attr('target', '_blank').text(sourceLabel(evidence));
    } else {
      caption.append('span').text(sourceLabel(evidence));
    }
  }
}

/** Only http(s) addresses become links: a `javascript:` URL in the data must not run. */
export function safeUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function agreementsCsv(profile: OrgProfile): CsvTable {
  const own = profile.organization.id;
  return {
    header: [t('colId'), t('colType'), t('colTitle'), t('colSigned'), t('colEnds'), t('colStatus'), t('colPartners'), t('colSources')],
    rows: profile.agreements.map((agreement) => [
      agreement.id,
      agreementTypeLabel(agreement.type),
      agreement.title,
      agreement.signedOn,
      agreement.endsOn,
      agreement.live ? t('live') : t('ended'),
      agreement.parties
        .filter((party) => party.id !== own)
        .map((party) => displayName(party))
        .join('; '),
      agreement.sources.map((evidence) => evidence.source.url ?? evidence.source.id).join(' '),
    ]),
  };
}

export function partnersCsv(partners: readonly ProfilePartner[]): CsvTable {
  return {
    header: [t('colId'), t('colName'), t('colNameZh'), t('colType'), t('colShared'), t('colFirst'), t('colLast')],
    rows: partners.map((partner) => [
      partner.organization.id,
      partner.organization.name,
      partner.organization.nameZh,
      partner.organization.label,
      partner.agreements,
      partner.firstOn,
      partner.lastOn,
    ]),
  };
}

/** Name link, agreements shared, first and last date; with a CSV download. */
export function renderPartners(parent: Section, profile: OrgProfile): void {
  const part = section(parent, 'partners', t('partners', { n: profile.partners.length }));
  if (profile.partners.length === 0) {
    empty(part, t('noPartners'));
    return;
  }
  part.select('.chart-panel-header').append(() =>
    exportButtons({ subject: t('partnersSubject'), filename: () => `partners-${profile.organization.id}`, csv: () => partnersCsv(profile.partners) }),
  );
  const table = part.append('div').attr('class', 'table-scroll').append('table').attr('class', 'data-table').attr('data-testid', 'profile-partners');
  const head = table.append('thead').append('tr');
  for (const [key, numeric] of [
    ['colName', false],
    ['colShared', true],
    ['colFirst', false],
    ['colLast', false],
  ] as const) {
    head.append('th').attr('scope', 'col').classed('numeric', numeric).text(t(key));
  }
  const rows = table.append('tbody').selectAll('tr').data(profile.partners).join('tr').attr('data-testid', 'partner-row');
  const name = rows.append('th').attr('scope', 'row');
  name.each(function (partner) {
    partyLink(select(this) as unknown as Section, partner.organization);
    const other = otherName(partner.organization);
    if (other) select(this).append('span').attr('class', 'name-zh').attr('lang', other.lang).text(other.text);
  });
  rows.append('td').attr('class', 'numeric').text((partner) => number(partner.agreements));
  rows.append('td').text((partner) => orDash(partner.firstOn));
  rows.append('td').text((partner) => orDash(partner.lastOn));
}

function namedList<T extends Named>(part: Section, items: readonly T[], testId: string, extra: (item: T) => string | null): void {
  const list = part.append('ul').attr('class', 'profile-list').attr('data-testid', testId);
  for (const item of items) {
    const li = list.append('li');
    li.append('span').attr('lang', nameLang(item)).text(displayName(item));
    const other = otherName(item);
    if (other) li.append('span').attr('class', 'note').attr('lang', other.lang).text(` ${other.text}`);
    const more = extra(item);
    if (more) li.append('span').attr('class', 'note').text(` · ${more}`);
  }
}

function stageLabel(stage: string | null): string | null {
  return stage === 'upstream' || stage === 'midstream' || stage === 'downstream' ? coverageT(stage) : stage;
}

/** Chains and their segments; alliances with role and founding date. */
export function renderChainsAndAlliances(parent: Section, profile: OrgProfile): void {
  const chains = section(parent, 'chains', t('chains'));
  if (profile.chains.length === 0) empty(chains, t('noChains'));
  else namedList(chains, profile.chains, 'profile-chains', () => null);
  chains.append('h3').text(t('segments'));
  if (profile.segments.length === 0) empty(chains, t('noSegments'));
  else namedList(chains, profile.segments, 'profile-segments', (segment) => stageLabel(segment.stage));

  const alliances = section(parent, 'alliances', t('alliances'));
  if (profile.alliances.length === 0) empty(alliances, t('noAlliances'));
  else
    namedList(alliances, profile.alliances, 'profile-alliances', (alliance) =>
      [alliance.role, alliance.foundedOn ? t('founded', { date: alliance.foundedOn }) : null].filter((part) => part !== null).join(' · ') || null,
    );
}

export { section as profileSection };
