import type { CsvTable } from '../export/export-buttons';
import { formatKind } from '../format/format-kind';
import { MISSING_VALUE } from '../format/missing-value';
import { displayName } from '../i18n/display-name';
import { currentLanguage } from '../i18n/language';
import { candidateFacts, evidenceColumns, type CandidateFacts, type RegionName } from './candidate-facts';
import { profileHref } from './profile-href';
import type { ChainCoverage, ChainRef, CoverageMatrix, CoverageReason, RegionRef } from './coverage-queries';
import { t } from './coverage-messages';
import { isStage, orderSegments } from './segment-stages';

// The rows of the detail's three tables, shared by the tables on the page and their CSV files,
// so the two always say the same thing. Words are in the reader's language.

export type { RegionName } from './candidate-facts';

// Kept here too for the views that import it from the tables.
export { profileHref } from './profile-href';

const KIND_ZH: Readonly<Record<string, string>> = {
  university: '大学',
  vocational_college: '职业院校',
  research_institute: '科研院所',
  college: '学院',
  school: '学校',
  soe: '国有企业',
  private: '民营企业',
  foreign: '外资企业',
};

/** A kind code in words, in the reader's language where a translation is known. */
export function kindLabel(kind: string | null | undefined): string {
  const code = kind?.trim() ?? '';
  if (code === '') return MISSING_VALUE;
  if (currentLanguage() === 'zh' && KIND_ZH[code.toLowerCase()]) return KIND_ZH[code.toLowerCase()] ?? code;
  return formatKind(code);
}

export function stageLabel(stage: string | null | undefined): string {
  return isStage(stage) ? t(stage) : t('noStageShort');
}

export const yesNo = (value: boolean): string => t(value ? 'yes' : 'no');

export interface ReasonCell {
  readonly text: string;
  /** The partnered enterprise's profile; agreements and alliances have no page of their own. */
  readonly href: string | null;
}

export function reasonCell(reason: CoverageReason): ReasonCell {
  const name = reason.name ?? reason.id;
  switch (reason.kind) {
    case 'partnered_enterprise':
      return { text: t('reasonPartnered', { name }), href: profileHref(reason.id) };
    case 'serving_agreement':
      return { text: t('reasonAgreement', { name }), href: null };
    case 'serving_alliance':
      return { text: t('reasonAlliance', { name }), href: null };
    default:
      return { text: t('reasonOther', { kind: reason.kind, name }), href: null };
  }
}

export interface SegmentRow {
  readonly id: string;
  readonly stage: string;
  readonly name: string;
  readonly covered: boolean;
  readonly enterprises: number;
  readonly coveredEnterprises: number;
  readonly reasons: readonly ReasonCell[];
}

/** Every segment of the chain, upstream to downstream. */
export function segmentRows(coverage: ChainCoverage): SegmentRow[] {
  return orderSegments(coverage.segments).map((s) => ({
    id: s.segment.id,
    stage: stageLabel(s.segment.stage),
    name: displayName(s.segment),
    covered: s.covered,
    enterprises: s.enterprises,
    coveredEnterprises: s.coveredEnterprises,
    reasons: s.coveredBy.map(reasonCell),
  }));
}

export function segmentsCsv(rows: readonly SegmentRow[]): CsvTable {
  return {
    header: [t('colStage'), t('colSegment'), 'ID', t('colCovered'), t('colEnterprises'), t('colCoveredEnterprises'), t('colWhy')],
    rows: rows.map((row) => [
      row.stage,
      row.name,
      row.id,
      yesNo(row.covered),
      row.enterprises,
      row.coveredEnterprises,
      row.reasons.map((reason) => reason.text).join('; '),
    ]),
  };
}

export interface CandidateRow {
  readonly segmentId: string;
  readonly segmentName: string;
  /** The first row of its segment carries the segment's name for all of them (`rowspan`). */
  readonly segmentRowSpan: number | null;
  /** Null for an uncovered segment with no candidate at all. */
  readonly candidate: CandidateFacts | null;
}

/** The uncovered segments, upstream to downstream, each with its candidates in the API's order (strongest first). */
export function candidateRows(coverage: ChainCoverage, regionName: RegionName): CandidateRow[] {
  return orderSegments(coverage.segments.filter((s) => !s.covered)).flatMap((s): CandidateRow[] => {
    const segmentName = displayName(s.segment);
    if (s.candidates.length === 0) return [{ segmentId: s.segment.id, segmentName, segmentRowSpan: 1, candidate: null }];
    return s.candidates.map((candidate, i) => ({
      segmentId: s.segment.id,
      segmentName,
      segmentRowSpan: i === 0 ? s.candidates.length : null,
      candidate: candidateFacts(candidate, regionName),
    }));
  });
}

/** The candidates' columns of a CSV file, shared by the detail's and the gap list's files. */
export function candidateCsvHeader(): string[] {
  return [
    t('colCandidate'),
    'ID',
    t('colRegion'),
    t('colReason'),
    t('colTier'),
    t('colDistance'),
    t('colStrength'),
    t('colAgreements'),
    t('colInRegion'),
    t('colEvidence'),
    t('colEvidenceIds'),
    t('colSourceUrls'),
  ];
}

export function candidateCsvCells(facts: CandidateFacts | null): (string | number)[] {
  if (facts === null) return ['', '', '', '', '', '', '', '', '', '', '', ''];
  return [
    facts.institution.name,
    facts.institution.id,
    facts.region,
    facts.reason,
    facts.tier,
    facts.distance,
    facts.strength,
    facts.agreements,
    yesNo(facts.inRegion),
    ...evidenceColumns(facts),
  ];
}

export function candidatesCsv(rows: readonly CandidateRow[]): CsvTable {
  return {
    header: [t('colUncoveredSegment'), ...candidateCsvHeader()],
    rows: rows.map((row) => [row.segmentName, ...candidateCsvCells(row.candidate)]),
  };
}

export interface EnterpriseRow {
  readonly id: string;
  readonly name: string;
  readonly href: string;
  readonly kind: string;
  readonly region: string;
}

/** The enterprises of the chain in the region with no live agreement with an institution. */
export function enterpriseRows(coverage: ChainCoverage, regionName: RegionName): EnterpriseRow[] {
  const language = currentLanguage();
  return coverage.uncoveredEnterprises
    .map((enterprise) => ({
      id: enterprise.id,
      name: displayName(enterprise, language),
      href: profileHref(enterprise.id),
      kind: kindLabel(enterprise.kind),
      region: regionName(enterprise.regionCode),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, language === 'zh' ? 'zh-CN' : 'en'));
}

export function enterprisesCsv(rows: readonly EnterpriseRow[]): CsvTable {
  return {
    header: [t('colEnterprise'), 'ID', t('colKind'), t('colRegion')],
    rows: rows.map((row) => [row.name, row.id, row.kind === MISSING_VALUE ? '' : row.kind, row.region]),
  };
}

/**
 * The heat map as data: one row per chain × region, in the order the map draws them. A region
 * outside a chain's place has no figures (the chain is not judged there), and a chain without
 * recorded segments no segment coverage; the note column says which.
 */
export function matrixCsv(
  matrix: CoverageMatrix,
  chains: readonly ChainRef[],
  regionLabel: (region: RegionRef) => string,
): CsvTable {
  const cells = new Map(matrix.cells.map((cell) => [`${cell.chainId}\u0000${cell.regionCode}`, cell]));
  return {
    header: [
      t('colChain'),
      'ID',
      t('colRegion'),
      t('colRegionCode'),
      t('colSegmentCoverage'),
      t('colCoveredSegments'),
      t('colSegments'),
      t('colEnterpriseCoverage'),
      t('colPartneredEnterprises'),
      t('colEnterprises'),
      t('colNote'),
    ],
    rows: chains.flatMap((chain) =>
      matrix.regions.map((region) => {
        const cell = cells.get(`${chain.id}\u0000${region.code}`);
        const head = [displayName(chain), chain.id, regionLabel(region), region.code];
        if (cell === undefined && chain.regionCode) return [...head, '', '', '', '', '', '', t('noteOutside')];
        const notRecorded = cell !== undefined && cell.segmentCoverage === null;
        return [
          ...head,
          notRecorded ? '' : (cell?.segmentCoverage ?? 0),
          cell?.coveredSegmentCount ?? 0,
          cell?.segmentCount ?? 0,
          cell?.enterpriseCoverage ?? 0,
          cell?.partneredEnterpriseCount ?? 0,
          cell?.enterpriseCount ?? 0,
          notRecorded ? t('noteNotRecorded') : '',
        ];
      }),
    ),
  };
}
