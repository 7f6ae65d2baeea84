/**
 * The part of a host name that names the site's owner: www.nbu.edu.cn → nbu, jgxy.chnu.edu.cn →
 * chnu, www.ahsdxy.ah.edu.cn → ahsdxy (a province's own edu.cn zone), www.fjkj.com.cn → fjkj,
 * en.hebeilijiang.com → hebeilijiang.
 */
const provinceZones = new Set(["ah", "bj", "cq", "fj", "gd", "gs", "gx", "gz", "ha", "hb", "he", "hi", "hl", "hn", "jl", "js", "jx", "ln", "nm", "nx", "qh", "sc", "sd", "sh", "sn", "sx", "tj", "xj", "xz", "yn", "zj"]);
const publicSuffixes = new Set(["com", "cn", "net", "org", "edu", "gov", "ac", "info", "biz", "co", "top", "cc", "xyz", "hk", "tw", "mo", "my", "sg", "vn", "uk", "de", "jp", "kr", "th", "id"]);

export interface SiteLabel {
  label: string;
  /** A host under edu.cn: a school's own site. */
  school: boolean;
}

export function siteLabel(url: string | undefined): SiteLabel | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const labels = host.split(".");
  const school = labels.length >= 3 && labels.at(-1) === "cn" && labels.at(-2) === "edu";
  let i = labels.length - 1;
  while (i > 0 && (publicSuffixes.has(labels[i]!) || (provinceZones.has(labels[i]!) && labels.at(-1) === "cn" && !school))) i -= 1;
  if (school && provinceZones.has(labels[i]!) && i > 0 && labels.length - i === 3) i -= 1;
  const label = labels[i]!;
  return /^[a-z][a-z0-9-]*$/.test(label) && label !== "www" && !publicSuffixes.has(label) ? { label, school } : undefined;
}

/** The host without "www.", for looking a site up in a table of domains. */
export function siteHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
