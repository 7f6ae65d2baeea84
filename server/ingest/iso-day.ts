import neo4j from "neo4j-driver";

type Neo4jDate = InstanceType<typeof neo4j.types.Date>;

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A Neo4j date as yyyy-mm-dd, as its toString writes it. The driver's toString does Integer
 * arithmetic (over a microsecond each); a national first load writes some two million dates.
 * Years outside 0–9999 are left to the driver.
 */
export function isoDay(date: Neo4jDate): string {
  const year = neo4j.integer.toNumber(date.year);
  if (year < 0 || year > 9999) return date.toString();
  const text = String(year);
  return `${"0000".slice(text.length)}${text}-${two(neo4j.integer.toNumber(date.month))}-${two(neo4j.integer.toNumber(date.day))}`;
}

/** A Neo4j date as one number that orders days as the dates do (yyyymmdd). */
export function dayNumber(date: Neo4jDate): number {
  return neo4j.integer.toNumber(date.year) * 10_000 + neo4j.integer.toNumber(date.month) * 100 + neo4j.integer.toNumber(date.day);
}
