import type { Network, NetworkNode } from "../model/index.ts";

/**
 * A small cooperation network for the export tests, written out by hand: a path
 * odd – tsinghua – ruida – formula, with Chinese and English names, a name holding every XML
 * special character, a control character and a lone surrogate, nulls, text that a spreadsheet
 * would run as a formula, and betweenness values that need every digit of a double.
 */

/** Holds & < > " ' for the escaping, U+0001 and a lone high surrogate, which XML forbids. */
export const oddName = `R&D <Lab> "Alpha" 'Beta'\u0001\uD800 Co.`;
/** `oddName` as XML can carry it: the forbidden characters dropped. */
export const oddNameInXml = `R&D <Lab> "Alpha" 'Beta' Co.`;
/** `oddName` as CSV in UTF-8 can carry it: the lone surrogate dropped, the control character kept. */
export const oddNameInCsv = `R&D <Lab> "Alpha" 'Beta'\u0001 Co.`;

export const formulaName = '=HYPERLINK("http://example.com","点击")';

const tsinghua: NetworkNode = {
  id: "tsinghua",
  name: "Tsinghua University",
  nameZh: "清华大学",
  label: "Institution",
  kind: "university",
  regionCode: "110000",
  degree: 2,
  weightedDegree: 5,
  betweenness: 2 / 3,
  community: 0,
};

const ruida: NetworkNode = {
  id: "ruida",
  name: "内蒙古瑞达化工集团有限公司",
  nameZh: "内蒙古瑞达化工集团有限公司",
  label: "Enterprise",
  kind: "chemical",
  regionCode: "150000",
  degree: 2,
  weightedDegree: 4,
  betweenness: 2 / 3,
  community: 1,
};

const odd: NetworkNode = {
  id: "odd",
  name: oddName,
  nameZh: null,
  label: "Enterprise",
  kind: null,
  regionCode: null,
  degree: 1,
  weightedDegree: 3,
  betweenness: 0,
  community: 0,
};

const formula: NetworkNode = {
  id: "formula",
  name: formulaName,
  nameZh: "包头市人民政府",
  label: "Government",
  kind: "-municipal",
  regionCode: "150200",
  degree: 1,
  weightedDegree: 2,
  betweenness: 0,
  community: 1,
};

export function testNetwork(): Network {
  return {
    nodes: [tsinghua, ruida, odd, formula].map((node) => ({ ...node })),
    links: [
      { source: "tsinghua", target: "ruida", weight: 2, firstOn: "2019-03-01", lastOn: "2023-06-30" },
      { source: "tsinghua", target: "odd", weight: 3, firstOn: "2021-01-15", lastOn: null },
      { source: "ruida", target: "formula", weight: 2, firstOn: "2022-09-01", lastOn: "2022-09-01" },
    ],
    truncated: true,
    totalNodes: 10,
    totalLinks: 12,
    betweenness: { method: "exact", sampleSize: null },
    communities: 2,
    modularity: 0.25,
    metricsStale: false,
    metricsComputedAt: null,
  };
}
