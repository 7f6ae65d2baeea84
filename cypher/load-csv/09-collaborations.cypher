// The COLLABORATES_WITH projection, computed once from PARTY_TO after every agreement is in: one
// link per pair of organisations sharing an agreement, from the smaller id to the larger, with how
// many agreements they share and the first and last signing dates, as refresh-collaborations.cypher
// keeps it. Rejected agreements do not count (none come from CSV, but the rule is the same).
// Batched by organisation: each one writes only the links it starts, so no pair is computed twice.
// MERGE, not CREATE, so that running the step again updates the counts instead of doubling links.
// Serial, not IN CONCURRENT TRANSACTIONS: two batches linking to the same partner would contend
// for its lock, and the machine the benchmarks run on has two cores.
// No $url: this step reads the graph, not a file.
MATCH (x:Organization)
CALL (x) {
  MATCH (x)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(y:Organization)
  WHERE x.id < y.id AND coalesce(a.reviewStatus, '') <> 'rejected'
  WITH y, count(DISTINCT a) AS agreements, min(a.signedOn) AS firstOn, max(a.signedOn) AS lastOn
  MERGE (x)-[c:COLLABORATES_WITH]->(y)
  SET c.agreements = agreements, c.firstOn = firstOn, c.lastOn = lastOn
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(*) AS rows
