// Baseline for the benchmarks: Neo4j's own LOAD CSV path over the same sources.csv the ingest reads,
// into an empty database with cypher/schema.cypher applied. It must build exactly the graph
// server/ingest/load-records.ts builds, so every value is cleaned the way the ingest's reader does:
// cells trimmed, empty cells absent, `kind` "article" when not given, dates as neo4j Date.
// MERGE on the id (the uniqueness constraint backs it), like the ingest, so a second run changes nothing.
// $url: file:///sources.csv in the server's import folder; $batchSize: rows per transaction.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (s:Source {id: trim(row.id)})
  SET s += {
    kind: coalesce(nullIf(trim(row.kind), ''), 'article'),
    url: nullIf(trim(row.url), ''),
    title: nullIf(trim(row.title), ''),
    publisher: nullIf(trim(row.publisher), ''),
    publishedOn: date(nullIf(trim(row.publishedOn), '')),
    origin: nullIf(trim(row.origin), '')
  }
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(*) AS rows
