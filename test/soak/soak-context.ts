import type { Database } from "../../server/db/database.ts";
import type { HostileContext } from "./hostile-requests.ts";

/**
 * Two organisations no path joins, both with partners where the data allows (the case that ran an
 * exhaustive search: each side has a neighbourhood to expand), and an agreement to aim writes at.
 */
export async function soakContext(database: Database, jwtSecret: string): Promise<HostileContext> {
  const links = await database.read<{ a: string; b: string }>("MATCH (a:Organization)-[:COLLABORATES_WITH]->(b:Organization) RETURN a.id AS a, b.id AS b");
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const record of links.records) {
    for (const id of [record.get("a"), record.get("b")]) if (!parent.has(id)) parent.set(id, id);
    parent.set(find(record.get("a")), find(record.get("b")));
  }
  const members = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    members.set(root, [...(members.get(root) ?? []), id]);
  }
  const components = [...members.values()].sort((x, y) => y.length - x.length || x[0]!.localeCompare(y[0]!));
  if (components.length === 0) throw new Error("the soak needs a graph with agreements; load the sample first");
  const largest = components[0]!.sort();
  let other = components[1]?.sort()[0];
  if (other === undefined) {
    const lone = await database.read<{ id: string }>("MATCH (o:Organization) WHERE NOT (o)-[:COLLABORATES_WITH]-() RETURN o.id AS id ORDER BY id LIMIT 1");
    other = lone.records[0]?.get("id");
  }
  if (other === undefined) throw new Error("every organisation is joined to every other; the soak needs two that are not");
  const agreement = await database.read<{ id: string }>("MATCH (a:Agreement) RETURN a.id AS id ORDER BY id LIMIT 1");
  return { unconnected: [largest[0]!, other], jwtSecret, agreementId: agreement.records[0]!.get("id") };
}
