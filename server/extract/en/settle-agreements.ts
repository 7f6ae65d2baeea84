import type { AgreementType } from "../types.ts";
import type { AgreementDraft } from "./agreement-draft.ts";
import type { TypeMention } from "./agreement-wording.ts";
import type { OrgEntry } from "./organizations.ts";

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Agreements that set up a base, a class or a workstation for one institution: one per partner. */
const bilateralTypes = new Set<AgreementType>(["internship_base", "practice_base", "order_class", "professor_workstation"]);

/**
 * One institution with several partners: a base, a class or a workstation is one agreement per
 * partner (each company hosts its own base); other types only when the text says there were
 * several ("signed agreements with …", "… respectively"). A jointly built industry college, lab
 * or alliance stays one agreement.
 */
export function splitBilateral(draft: AgreementDraft, t: TypeMention, text: string, hub?: OrgEntry): AgreementDraft[] {
  // "A and B, C and D respectively signed agreements": the article's own institution (else the first named) with each.
  if (/\brespectively\b/i.test(text) && draft.type !== "alliance" && draft.parties.length >= 3) {
    const centre = hub && draft.parties.includes(hub) ? hub : draft.parties[0]!;
    return draft.parties.filter((p) => p !== centre).map((other) => ({ ...draft, parties: [centre, other] }));
  }
  const institutions = draft.parties.filter((p) => p.role === "institution");
  const others = draft.parties.filter((p) => p.role !== "institution");
  if (institutions.length !== 1 || others.length < 2) return [draft];
  const several = bilateralTypes.has(draft.type) || ((t.plural || /\bagreements\b|\brespectively\b/i.test(text)) && draft.type !== "alliance" && draft.type !== "industry_college" && draft.type !== "joint_lab");
  if (!several) return [draft];
  return others.map((other) => ({ ...draft, parties: [institutions[0]!, other] }));
}

const sameSet = (a: OrgEntry[], b: OrgEntry[]) => a.length === b.length && a.every((x) => b.includes(x));
const subset = (a: OrgEntry[], b: OrgEntry[]) => a.length < b.length && a.every((x) => b.includes(x));

/**
 * One agreement per thing agreed: the same type between the same parties is one agreement
 * (a title and the sentence that tells it; "both sides agreed to set up …"
 * after the ceremony); a mention naming only some of the parties joins a fuller one of its type, and
 * the sentences about one alliance make one alliance with all the members they name; a
 * bare "cooperation agreement" is dropped when the same parties set up something more specific
 * (the agreement is how they did it); what is left needs two parties, except an alliance or an
 * agreement with a counted group ("with 36 enterprises"), and a school or a government among them.
 */
export function settle(drafts: AgreementDraft[]): AgreementDraft[] {
  const out: AgreementDraft[] = [];
  const better = (a: AgreementDraft, b: AgreementDraft) => a.confidence > b.confidence || (a.confidence === b.confidence && a.evidence.kind === "body" && b.evidence.kind !== "body");
  const merge = (into: AgreementDraft, from: AgreementDraft, keepParties: OrgEntry[]) => {
    const winner = better(from, into) ? from : into;
    const loser = winner === from ? into : from;
    const merged: AgreementDraft = {
      ...winner,
      parties: keepParties,
      figures: { ...loser.figures, ...winner.figures },
      inferred: winner.inferred && loser.inferred,
    };
    const date = winner.date ?? loser.date;
    if (date) merged.date = date;
    const title = winner.title ?? loser.title;
    if (title) merged.title = title;
    return merged;
  };
  for (const draft of drafts) {
    // An article founding an alliance names its members over several sentences: one alliance.
    const alliance = draft.type === "alliance" ? out.findIndex((o) => o.type === "alliance" && (!o.title || !draft.title || o.title === draft.title)) : -1;
    if (alliance !== -1) {
      out[alliance] = merge(out[alliance]!, draft, unique([...out[alliance]!.parties, ...draft.parties]));
      continue;
    }
    const same = out.findIndex((o) => o.type === draft.type && sameSet(o.parties, draft.parties));
    if (same !== -1) {
      out[same] = merge(out[same]!, draft, out[same]!.parties);
      continue;
    }
    const fuller = out.findIndex((o) => o.type === draft.type && subset(draft.parties, o.parties));
    if (fuller !== -1) {
      out[fuller] = merge(out[fuller]!, draft, out[fuller]!.parties);
      continue;
    }
    const thinner = out.findIndex((o) => o.type === draft.type && subset(o.parties, draft.parties));
    if (thinner !== -1) {
      out[thinner] = merge(out[thinner]!, draft, draft.parties);
      continue;
    }
    out.push(draft);
  }
  // Companies among themselves are no industry–education agreement ("signed agreements with 12 enterprises
  // including A and B", its signer unknown, is not A's with B).
  const inScope = (d: AgreementDraft) => d.type === "alliance" || d.parties.some((p) => p.role !== "enterprise");
  const kept = out.filter((d) => inScope(d) && (d.parties.length >= 2 || (d.parties.length === 1 && (d.type === "alliance" || d.figures.enterprises !== undefined))));
  return kept.filter((d) => d.type !== "other" || !kept.some((o) => o.type !== "other" && d.parties.every((p) => o.parties.includes(p))));
}
