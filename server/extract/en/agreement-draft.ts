import type { AgreementType, OrganizationRole } from "../types.ts";
import type { Figures } from "./figures.ts";
import type { OrgEntry, WeakName } from "./organizations.ts";
import type { Sentence } from "./sentences.ts";

/** An agreement as found, before it is written out with names. */
export interface AgreementDraft {
  type: AgreementType;
  parties: OrgEntry[];
  date?: string;
  title?: string;
  figures: Figures;
  sentence: number;
  evidence: Sentence;
  confidence: number;
  /** A party was supplied by inference (the article's institution, a partner named by one word). */
  inferred: boolean;
}

export interface AgreementContext {
  sentences: Sentence[];
  orgs: OrgEntry[];
  writer?: OrgEntry;
  /** Units of an institution named in sentences ("School of Pharmacy"), which stand for it. */
  units: WeakName[];
  publishedOn?: string;
  /** The last day the page's address says it was out by, when no publication day is known. */
  filedBy?: string;
  fallbackYear?: number;
  isPlace: (text: string) => boolean;
  /** Adds an organisation the lexicon did not read as a partner: a brand ("in partnership with Huawei", an enterprise) or a listed name. */
  addPartner: (name: string, sentence: Sentence, role?: OrganizationRole) => OrgEntry;
}
