import { z } from "zod";
import { agreementTypes, segmentStages, type RecordFileName } from "./record-files.ts";

/** Where a record came from, for messages: file and line (or JSON path). */
export interface Origin {
  file: string;
  line: number;
}

const id = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}._:-]*$/u, "must be letters, digits, '.', '_', ':' or '-'");
const text = z.string().max(2_000);
const list = z
  .string()
  .optional()
  .transform((value) => (value ? value.split("|").map((item) => item.trim()).filter(Boolean) : []));

/** A calendar date as YYYY-MM-DD that exists (no 2025-02-30). */
export const isoDate = z.string().refine((value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}, "must be a real date written YYYY-MM-DD");

/** GB/T 2260 codes only until the regions table lands; names then resolve to codes. */
const regionCode = z.string().regex(/^\d{6}$/, "must be a six-digit GB/T 2260 code such as 610000");
const count = z.string().regex(/^\d+$/, "must be a whole number").transform(Number);

const organization = {
  id,
  name: text.min(1),
  nameZh: text.optional(),
  kind: z.string().max(64).optional(),
  region: regionCode.optional(),
  aliases: list,
  source: list,
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
  enterprises: z.object({ ...organization, segments: list }),
  governments: z.object(organization),
  chains: z.object({ id, name: text.min(1), nameZh: text.optional(), scope: z.enum(["national", "provincial"]).optional(), region: regionCode.optional(), source: list }),
  segments: z.object({
    id,
    chain: id,
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
    parties: list.refine((parties) => parties.length > 0, "needs at least one party id"),
    serves: list,
    source: list,
    students: count.optional(),
    positions: count.optional(),
    enterprises: count.optional(),
  }),
  alliances: z.object({ id, name: text.min(1), nameZh: text.optional(), foundedOn: isoDate.optional(), members: list, serves: list, source: list }),
} satisfies Record<RecordFileName, z.ZodType>;

export type RecordOf<F extends RecordFileName> = z.output<(typeof recordSchemas)[F]> & { at: Origin };

export type RecordSet = { [F in RecordFileName]: RecordOf<F>[] };

export function emptyRecordSet(): RecordSet {
  return { sources: [], institutions: [], enterprises: [], governments: [], chains: [], segments: [], agreements: [], alliances: [] };
}
