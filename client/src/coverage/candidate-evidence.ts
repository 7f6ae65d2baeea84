import { displayName } from '../i18n/display-name';
import type { CandidateEvidence, SourceRef } from './coverage-queries';
import { t } from './coverage-messages';
import { profileHref } from './profile-href';

// The facts behind a candidate as links a planner can follow: the source that states each fact
// (an external page) and the organisation it is about (its profile here, which lists the
// agreement with its quote and source).

export interface EvidenceLink {
  readonly text: string;
  readonly href: string;
}

export interface EvidenceItem {
  /** agreement, alliance or institution, as the API names it. */
  readonly kind: string;
  readonly id: string;
  /** "Agreement: Joint lab", in the reader's language. */
  readonly label: string;
  /** The enterprise an agreement was made with, or the institution whose own record it is. */
  readonly profile: EvidenceLink | null;
  /** For an agreement: the segment its enterprise works in. */
  readonly segment: string | null;
  /** Only sources with a web address a browser may open; the others are counted in `unlinkedSources`. */
  readonly sources: readonly EvidenceLink[];
  readonly unlinkedSources: number;
}

/**
 * The address of a source as a link, or null. Addresses come from imported records: only http and
 * https may become a link, so a `javascript:` or `data:` address in a file never runs.
 */
export function sourceHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A source's link text: its title, else its publisher, else the site's name, else its id. */
export function sourceText(source: Pick<SourceRef, 'id' | 'title' | 'publisher' | 'url'>): string {
  if (source.title?.trim()) return source.title.trim();
  if (source.publisher?.trim()) return source.publisher.trim();
  const href = sourceHref(source.url);
  return href === null ? source.id : new URL(href).hostname;
}

function label(evidence: CandidateEvidence): string {
  const name = evidence.name ?? evidence.id;
  switch (evidence.kind) {
    case 'agreement':
      return t('evidenceAgreement', { name });
    case 'alliance':
      return t('evidenceAlliance', { name });
    case 'institution':
      return t('evidenceInstitution', { name });
    default:
      return `${evidence.kind}: ${name}`;
  }
}

/** One fact behind a candidate, with its links. `search` keeps the page's language on profile links. */
export function evidenceItem(evidence: CandidateEvidence, search: string = window.location.search): EvidenceItem {
  const profile =
    evidence.enterprise !== null
      ? { text: displayName(evidence.enterprise), href: profileHref(evidence.enterprise.id, search) }
      : evidence.kind === 'institution'
        ? { text: evidence.name ?? evidence.id, href: profileHref(evidence.id, search) }
        : null;
  const sources: EvidenceLink[] = [];
  let unlinkedSources = 0;
  for (const source of evidence.sources) {
    const href = sourceHref(source.url);
    if (href === null) unlinkedSources += 1;
    else sources.push({ text: sourceText(source), href });
  }
  return {
    kind: evidence.kind,
    id: evidence.id,
    label: label(evidence),
    profile,
    segment: evidence.segment === null ? null : displayName(evidence.segment),
    sources,
    unlinkedSources,
  };
}

/** The fact in one line of text, for CSV files: "Agreement: Joint lab — with Baoti Group (Sponge titanium)". */
export function evidenceLine(item: EvidenceItem): string {
  const withWhom = item.profile !== null && item.kind === 'agreement' ? ` — ${t('evidenceWith')} ${item.profile.text}` : '';
  const segment = item.segment === null ? '' : t('inParens', { text: item.segment });
  return `${item.label}${withWhom}${segment}`;
}
