import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { agreementTypes } from "../model/index.ts";

/**
 * The real-article corpus of eval/corpus/articles.json. Articles are other people's writing, so
 * the repository keeps only each article's URL, the SHA-256 of its text and our gold; the texts
 * live in a folder outside git (`eval-extract --corpus DIR` reads DIR/<id>.txt) and the hash
 * proves a folder holds the very texts the gold was written against.
 */

export const publisherKinds = ["school", "enterprise", "government", "media"] as const;
export type PublisherKind = (typeof publisherKinds)[number];
export const corpusSplits = ["dev", "test"] as const;
export type CorpusSplit = (typeof corpusSplits)[number];

const nameList = z.array(z.string().min(1));

const corpusEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, "an id is lower-case letters, digits and hyphens"),
  url: z.url(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 is 64 hexadecimal digits"),
  language: z.enum(["en", "zh"]),
  publisher: z.string().min(1),
  publisherKind: z.enum(publisherKinds),
  split: z.enum(corpusSplits),
  /** Whom "we" (我校, our company) means, when the page says it: what the writer-finding is scored on. */
  writer: z.string().min(1).optional(),
  institutions: nameList,
  enterprises: nameList,
  governments: nameList,
  agreements: z.array(z.strictObject({ type: z.enum(agreementTypes), parties: nameList.min(1), date: z.iso.date().optional() })),
  notes: z.string().optional(),
});

export type CorpusEntry = z.infer<typeof corpusEntrySchema>;

export class CorpusError extends Error {}

/** Every entry of a corpus manifest, checked: a bad entry is refused with its index and field. */
export function readCorpusManifest(file: string): CorpusEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new CorpusError(`${file}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(raw)) throw new CorpusError(`${file}: expected an array of articles`);
  const entries = raw.map((item, index) => {
    const parsed = corpusEntrySchema.safeParse(item);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    throw new CorpusError(`${file}: article ${index + 1}${typeof item?.id === "string" ? ` (${item.id})` : ""}: ${issue.path.join(".") || "entry"}: ${issue.message}`);
  });
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) throw new CorpusError(`${file}: the id ${entry.id} is used twice`);
    seen.add(entry.id);
    const named = new Set([...entry.institutions, ...entry.enterprises, ...entry.governments]);
    for (const agreement of entry.agreements) {
      const unknown = agreement.parties.find((party) => !named.has(party));
      if (unknown) throw new CorpusError(`${file}: ${entry.id}: the party "${unknown}" of a ${agreement.type} is not among its organisations`);
    }
  }
  return entries;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function corpusTextFile(dir: string, entry: Pick<CorpusEntry, "id">): string {
  return path.join(dir, `${entry.id}.txt`);
}

/** The bytes of one article, refused when missing or when they are not the text the gold was written against. */
export function readCorpusText(dir: string, entry: CorpusEntry): Uint8Array {
  const file = corpusTextFile(dir, entry);
  if (!existsSync(file)) throw new CorpusError(`${file}: missing; the corpus lists ${entry.id} (${entry.url})`);
  const bytes = readFileSync(file);
  const hash = sha256(bytes);
  if (hash !== entry.sha256) throw new CorpusError(`${file}: its SHA-256 is ${hash}, not the ${entry.sha256} the gold was written against`);
  return bytes;
}
