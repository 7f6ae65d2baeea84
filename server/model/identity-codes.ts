/**
 * Real identifiers of organisations (DESIGN.md, "Identity"): a school's 学校标识码 from the Ministry of
 * Education's register, and any organisation's 统一社会信用代码 (unified social credit code, GB 32100).
 * Both identify an organisation across every file and import, so a mistyped one must be an error,
 * never a new organisation.
 */

/** The 31 characters a credit code may use: digits and capitals without I, O, Z, S and V. */
const creditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** GB 32100-2015's weights for the first 17 characters: 3^i mod 31. */
const creditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type IdentityCodeKind = "schoolCode" | "creditCode";

/**
 * What is wrong with a code, as a message code and the values it shows (server/ingest/messages
 * words it in the reader's language): its length, a character outside the alphabet, its region
 * digits, its check character; a school code's length or province digits.
 */
export type IdentityCodeProblem =
  | { code: "code.creditLength"; values: { code: string; length: number } }
  | { code: "code.creditCharacter"; values: { character: string } }
  | { code: "code.creditRegion"; values: { region: string } }
  | { code: "code.creditCheck"; values: { code: string; expected: string; found: string } }
  | { code: "code.schoolLength"; values: { code: string } }
  | { code: "code.schoolProvince"; values: { code: string; digits: string } };

export type IdentityCodeCheck =
  | { ok: true; kind: IdentityCodeKind; code: string }
  | { ok: false; kind: IdentityCodeKind | null; problem: IdentityCodeProblem };

/** The check character GB 32100 gives the first 17 characters of a credit code (which must be valid). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += creditCodeAlphabet.indexOf(first17[i]!) * creditCodeWeights[i]!;
  return creditCodeAlphabet[(31 - (sum % 31)) % 31]!;
}

/**
 * A unified social credit code: 18 characters (registering authority, kind of body, the GB/T 2260
 * region, the organisation code, the check character). Spaces are dropped and letters upper-cased,
 * as people type them.
 */
export function checkCreditCode(text: string): IdentityCodeCheck {
  const code = text.replace(/\s+/g, "").toUpperCase();
  if (code.length !== 18) return { ok: false, kind: "creditCode", problem: { code: "code.creditLength", values: { code, length: code.length } } };
  const bad = [...code].find((character) => !creditCodeAlphabet.includes(character));
  if (bad !== undefined) return { ok: false, kind: "creditCode", problem: { code: "code.creditCharacter", values: { character: bad } } };
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { ok: false, kind: "creditCode", problem: { code: "code.creditRegion", values: { region: code.slice(2, 8) } } };
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) return { ok: false, kind: "creditCode", problem: { code: "code.creditCheck", values: { code, expected, found: code[17]! } } };
  return { ok: true, kind: "creditCode", code };
}

/**
 * A 学校标识码: ten digits, the first two the kind of school (41 regular higher education, 42 adult,
 * 36 for some colleges registered before), the next two the province's GB/T 2260 prefix. The code
 * carries no check digit, so the province prefix is what catches most slips.
 */
export function checkSchoolCode(text: string): IdentityCodeCheck {
  const code = text.replace(/\s+/g, "").replace(/\.0+$/, "");
  if (!/^\d{10}$/.test(code)) return { ok: false, kind: "schoolCode", problem: { code: "code.schoolLength", values: { code } } };
  const province = Number(code.slice(2, 4));
  if (province < 11 || province > 82) return { ok: false, kind: "schoolCode", problem: { code: "code.schoolProvince", values: { code, digits: code.slice(2, 4) } } };
  return { ok: true, kind: "schoolCode", code };
}

/** Which kind of real code a text looks like, or null for a file's own id. */
export function identityCodeKind(text: string): IdentityCodeKind | null {
  const compact = text.replace(/\s+/g, "");
  if (/^\d{10}$/.test(compact)) return "schoolCode";
  if (/^[0-9A-Za-z]{18}$/.test(compact) && /\d{6}/.test(compact.slice(2, 8))) return "creditCode";
  return null;
}

/** Checks a text as the real code it looks like; null when it looks like no real code. */
export function checkIdentityCode(text: string, kind: IdentityCodeKind | null = identityCodeKind(text)): IdentityCodeCheck | null {
  if (kind === "schoolCode") return checkSchoolCode(text);
  if (kind === "creditCode") return checkCreditCode(text);
  return null;
}
