import { createHash } from "node:crypto";
import { articleFromBytes, extractArticle, reviewThreshold, UnreadableArticleError, type Evidence, type ExtractedArticle, type OrganizationRole } from "../extract/index.ts";
import { nameKey } from "../text/index.ts";
import { emptyRecordSet, formatOrigin, type EvidenceRef, type Origin, type RecordSet } from "../model/index.ts";
import { message, type Message } from "./messages/index.ts";

export { reviewThreshold };

const fileOfRole: Record<OrganizationRole, "institutions" | "enterprises" | "governments"> = {
  institution: "institutions",
  enterprise: "enterprises",
  government: "governments",
};

function hash(text: string, length: number): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

/** Ids that depend only on what the article says, so ingesting it again finds the same nodes. */
export function organizationId(role: OrganizationRole, name: string): string {
  return `art-${role[0]}-${hash(nameKey(name), 12)}`;
}

/** Where a sentence stands in the file, for messages: the line of the raw text holding its start. */
function originOf(file: string, raw: string, evidence: Evidence): Origin {
  const start = raw.indexOf(evidence.quote.slice(0, 40));
  return { file, line: start >= 0 ? raw.slice(0, start).split("\n").length : 1 };
}

/**
 * Records of one or more articles: a Source for each (its id a hash of the file's bytes), and the
 * organisations and agreements found, each with the sentence that states it. An organisation that
 * several articles name is one record, citing each.
 */
export function articleRecords(files: { shown: string; bytes: Uint8Array }[]): { records: RecordSet; notes: Message[]; problems: Message[] } {
  const records = emptyRecordSet();
  const notes: Message[] = [];
  const problems: Message[] = [];
  const organizations = new Map<string, RecordSet["institutions"][number]>();
  for (const { shown, bytes: given } of files) {
    let read: ReturnType<typeof articleFromBytes>;
    try {
      read = articleFromBytes(shown, given);
    } catch (error) {
      if (!(error instanceof UnreadableArticleError)) throw error;
      const where = formatOrigin(error.at);
      const { why } = error;
      problems.push(
        why.reason === "tooManyBytes"
          ? message(where, "article.tooManyBytes", why.values)
          : why.reason === "tooManyChars"
            ? message(where, "article.tooManyChars", why.values)
            : message(where, "article.tooDeep", why.values),
      );
      continue;
    }
    const { article, bytes } = read;
    const raw = article.text;
    const sourceId = `article-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}`;
    const extracted: ExtractedArticle = extractArticle(article);
    records.sources.push({
      id: sourceId,
      kind: "article",
      url: article.url && /^https?:\/\//.test(article.url) ? article.url : undefined,
      title: article.title,
      publisher: article.publisher,
      publishedOn: article.publishedOn,
      origin: shown,
      at: { file: shown, line: 1 },
    });
    const evidence = (e: Evidence, confidence: number): EvidenceRef => ({ source: sourceId, quote: e.quote, offset: e.offset, confidence });
    const idOfName = new Map<string, string>();
    for (const organization of extracted.organizations) {
      const id = organizationId(organization.role, organization.name);
      idOfName.set(organization.name, id);
      const known = organizations.get(id);
      if (known) {
        known.aliases = [...new Set([...known.aliases, ...organization.aliases])];
        known.evidence = [...(known.evidence ?? []), evidence(organization.evidence, organization.confidence)];
        continue;
      }
      const record = {
        id,
        name: organization.name,
        nameZh: /\p{Script=Han}/u.test(organization.name) ? organization.name : undefined,
        region: organization.regionCode,
        aliases: organization.aliases.filter((alias) => alias !== organization.name),
        source: [],
        segments: [],
        evidence: [evidence(organization.evidence, organization.confidence)],
        reviewStatus: organization.confidence < reviewThreshold ? ("unreviewed" as const) : undefined,
        at: originOf(shown, raw, organization.evidence),
      };
      organizations.set(id, record);
      records[fileOfRole[organization.role]].push(record);
    }
    for (const agreement of extracted.agreements) {
      const parties = agreement.parties.map((name) => idOfName.get(name)).filter((id): id is string => id !== undefined);
      if (parties.length === 0) continue;
      records.agreements.push({
        id: `art-a-${hash(`${sourceId}|${agreement.type}|${[...parties].sort().join("|")}|${agreement.evidence.offset}`, 16)}`,
        type: agreement.type,
        title: agreement.title,
        signedOn: agreement.date,
        parties,
        serves: [],
        source: [],
        students: agreement.figures.students,
        positions: agreement.figures.positions,
        enterprises: agreement.figures.enterprises,
        evidence: [evidence(agreement.evidence, agreement.confidence)],
        reviewStatus: agreement.confidence < reviewThreshold ? "unreviewed" : undefined,
        at: originOf(shown, raw, agreement.evidence),
      });
    }
    notes.push(message(shown, "article.found", { organizations: extracted.organizations.length, agreements: extracted.agreements.length }));
  }
  return { records, notes, problems };
}
