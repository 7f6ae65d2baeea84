// Agreements of one run with their parties, the chains or segments they serve, and their sources.
// $rows: [{id, props, parties: [id], serves: [id], sources: [id]}].
UNWIND $rows AS row
OPTIONAL MATCH (before:Agreement {id: row.id})
WITH row, before IS NULL AS created,
     before IS NOT NULL AND any(key IN keys(row.props) WHERE before[key] IS NULL OR before[key] <> row.props[key]) AS updated
MERGE (a:Agreement {id: row.id})
SET a += row.props
WITH a, row, created, updated
CALL (a, row) {
  UNWIND row.parties AS partyId
  MATCH (o:Organization {id: partyId})
  MERGE (o)-[:PARTY_TO]->(a)
}
CALL (a, row) {
  UNWIND row.serves AS targetId
  MATCH (t:IndustryChain|ChainSegment {id: targetId})
  MERGE (a)-[:SERVES]->(t)
}
CALL (a, row) {
  UNWIND row.sources AS sourceId
  MATCH (s:Source {id: sourceId})
  MERGE (a)-[:EVIDENCED_BY]->(s)
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS total
