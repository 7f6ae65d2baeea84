import { formatPercent } from '../format/format-percent';
import { displayName } from '../i18n/display-name';
import { currentLanguage } from '../i18n/language';
import { candidateFacts, type CandidateFacts, type RegionName } from './candidate-facts';
import type { ChainGaps, GapList, OrgRef } from './coverage-queries';
import { t } from './coverage-messages';
import { profileHref } from './profile-href';
import { orderSegments } from './segment-stages';

// The gap list as the page (and paper) shows it: per chain, its figures in words, one row per
// uncovered segment × candidate, and its enterprises without a partner. Pure, so it is tested
// without the DOM; words are in the reader's language.

export interface OrgLink {
  readonly id: string;
  readonly name: string;
  readonly href: string;
  readonly region: string;
}

export interface GapRow {
  readonly segmentId: string;
  readonly segmentName: string;
  /** The first row of a segment spans all its rows (`rowspan`) with the segment and its enterprises; null on the others. */
  readonly segmentRowSpan: number | null;
  /** The segment's enterprises in the region (none partnered, or it would be covered). */
  readonly enterprises: readonly OrgLink[];
  /** Null for a segment with no candidate at all. */
  readonly candidate: CandidateFacts | null;
}

export interface GapChain {
  readonly chainId: string;
  readonly chainName: string;
  /** "a chain of Shaanxi" for a chain with a place; null for a national chain. */
  readonly place: string | null;
  readonly segmentsRecorded: boolean;
  /** "Segment coverage 25 % (1 of 4 segments)", or "Segments not recorded". */
  readonly segmentFigure: string;
  readonly enterpriseFigure: string;
  readonly rows: readonly GapRow[];
  readonly unpartnered: readonly OrgLink[];
}

function orgLink(org: OrgRef, regionName: RegionName, search: string): OrgLink {
  return { id: org.id, name: displayName(org), href: profileHref(org.id, search), region: regionName(org.regionCode) };
}

function byName(a: OrgLink, b: OrgLink): number {
  return a.name.localeCompare(b.name, currentLanguage() === 'zh' ? 'zh-CN' : 'en');
}

function gapRows(chain: ChainGaps, regionName: RegionName, search: string): GapRow[] {
  return orderSegments(chain.uncoveredSegments).flatMap((gap): GapRow[] => {
    const head = {
      segmentId: gap.segment.id,
      segmentName: displayName(gap.segment),
      enterprises: gap.enterprises.map((org) => orgLink(org, regionName, search)).sort(byName),
    };
    if (gap.candidates.length === 0) return [{ ...head, segmentRowSpan: 1, candidate: null }];
    return gap.candidates.map((candidate, i) => ({
      ...head,
      segmentRowSpan: i === 0 ? gap.candidates.length : null,
      enterprises: i === 0 ? head.enterprises : [],
      candidate: candidateFacts(candidate, regionName, search),
    }));
  });
}

/** Every chain of the list in the API's order: weakest segment coverage first, chains without recorded segments last. */
export function gapChains(list: GapList, regionName: RegionName, search: string = window.location.search): GapChain[] {
  return list.chains.map((chain) => ({
    chainId: chain.chain.id,
    chainName: displayName(chain.chain),
    place: chain.chain.regionCode ? t('gapsChainPlace', { place: regionName(chain.chain.regionCode) }) : null,
    segmentsRecorded: chain.segmentsRecorded && chain.segmentCoverage !== null,
    segmentFigure:
      !chain.segmentsRecorded || chain.segmentCoverage === null
        ? t('segmentsNotRecorded')
        : t('gapsSegmentFigure', { percent: formatPercent(chain.segmentCoverage), covered: chain.coveredSegmentCount, total: chain.segmentCount }),
    enterpriseFigure:
      chain.enterpriseCount === 0
        ? t('gapsEnterpriseNone')
        : t('gapsEnterpriseFigure', {
            percent: formatPercent(chain.enterpriseCoverage),
            partnered: chain.partneredEnterpriseCount,
            total: chain.enterpriseCount,
          }),
    rows: gapRows(chain, regionName, search),
    unpartnered: chain.unpartneredEnterprises.map((org) => orgLink(org, regionName, search)).sort(byName),
  }));
}
