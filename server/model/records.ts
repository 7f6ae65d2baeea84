import { z } from "zod";
import { checkIdentityCode, type IdentityCodeProblem } from "./identity-codes.ts";
import type { Origin } from "./origin.ts";
import { parseDate } from "../text/index.ts";
import { agreementTypes, segmentStages, type RecordFileName } from "./record-files.ts";

/**
 * What the schemas' own checks find, as a message code and its values in the issue's params (no
 * English message: server/ingest/messages words each code in the reader's language, and zod's
 * own issues, too long or not one of a list, take the parse's locale).
 */
export type RecordIssueParams =
  | { code: "value.idCharacters" | "value.notADate" | "value.notWholeNumber" | "value.noParty" | "value.notAnIdentityCode"; values?: undefined }
  | IdentityCodeProblem;

const issue = (params: RecordIssueParams) => ({ params });

// Ids are keys of uniqueness constraints, whose index refuses values over about 8 KB only at
// commit, as an error instead of a problem with a line (and after earlier batches of a large load).
const id = z
  .string()
  .max(200)
  .refine((value) => /^[\p{L}\p{N}][\p{L}\p{N}._:-]*$/u.test(value), issue({ code: "value.idCharacters" }));
const text = z.string().max(2_000);
/** A list: "a|b" in CSV, ["a", "b"] in JSON. */
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value : (value ?? "").split("|")).map((item) => item.trim()).filter(Boolean));

/** A calendar date that exists, as spreadsheets write it (2025-03-20, 2025/3/20, 2025年3月20日), kept as YYYY-MM-DD. */
export const isoDate = z.string().transform((value, context) => {
  const date = parseDate(value);
  if (date === undefined) context.addIssue({ code: "custom", ...issue({ code: "value.notADate" }) });
  return date ?? value;
});

/** Any way of naming a region (code, Chinese or English name); resolved to a code after validation. */
const regionCode = z.string().max(100);
const count = z
  .string()
  .refine((value) => /^\d+$/.test(value), issue({ code: "value.notWholeNumber" }))
  .transform(Number);

/** A 学校标识码 or a 统一社会信用代码, checked (GB 32100's check character) and kept in its plain form. */
const identityCode = z.string().transform((value, context) => {
  const check = checkIdentityCode(value);
  if (check === null) {
    context.addIssue({ code: "custom", ...issue({ code: "value.notAnIdentityCode" }) });
    return value;
  }
  if (!check.ok) context.addIssue({ code: "custom", ...issue(check.problem) });
  return check.ok ? check.code : value;
});

const organization = {
  id,
  code: identityCode.optional(),
  name: text.min(1),
  nameZh: text.optional(),
  kind: z.string().max(64).optional(),
  region: regionCode.optional(),
  aliases: list,
  source: list,
  // One shape for all three kinds, so resolution can merge any two; each file's known columns decide what is read.
  segments: list,
  /** The chain an enterprise's segments belong to (所属产业链), by id or name: it tells apart segments of one name. */
  chain: text.optional(),
  authority: text.optional(),
  note: text.optional(),
};

export const recordSchemas = {
  sources: z.object({
    id,
    kind: z.enum(["article", "dataset"]).default("article"),
    url: z.url({ protocol: /^https?$/ }).optional(),
    title: text.optional(),
    publisher: text.optional(),
    publishedOn: isoDate.optional(),
    origin: text.optional(),
  }),
  institutions: z.object(organization),
  enterprises: z.object(organization),
  governments: z.object(organization),
  chains: z.object({ id, name: text.min(1), nameZh: text.optional(), scope: z.enum(["national", "provincial"]).optional(), region: regionCode.optional(), source: list }),
  segments: z.object({
    id,
    // An id or a name (DESIGN.md, "Identity"), resolved to the chain's id before loading.
    chain: text.min(1),
    name: text.min(1),
    nameZh: text.optional(),
    stage: z.enum(segmentStages).optional(),
    order: count.optional(),
    source: list,
  }),
  agreements: z.object({
    id,
    type: z.enum(agreementTypes),
    title: text.optional(),
    signedOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    status: z.enum(["active", "ended", "planned"]).optional(),
    parties: list.refine((parties) => parties.length > 0, issue({ code: "value.noParty" })),
    serves: list,
    source: list,
    students: count.optional(),
    positions: count.optional(),
    enterprises: count.optional(),
  }),
  alliances: z.object({ id, name: text.min(1), nameZh: text.optional(), foundedOn: isoDate.optional(), members: list, serves: list, source: list }),
} satisfies Record<RecordFileName, z.ZodType>;

/** The sentence of an article that states a record, for EVIDENCED_BY {quote, offset, confidence}. */
export interface EvidenceRef {
  source: string;
  quote: string;
  offset: number;
  confidence: number;
}

export type RecordOf<F extends RecordFileName> = z.output<(typeof recordSchemas)[F]> & {
  at: Origin;
  /** Set for records extracted from articles; CSV records cite sources by id only. */
  evidence?: EvidenceRef[];
  /** "unreviewed" for extracted facts below the confidence threshold, until the review queue decides. */
  reviewStatus?: "unreviewed";
};

export type RecordSet = { [F in RecordFileName]: RecordOf<F>[] };

export function emptyRecordSet(): RecordSet {
  return { sources: [], institutions: [], enterprises: [], governments: [], chains: [], segments: [], agreements: [], alliances: [] };
}
