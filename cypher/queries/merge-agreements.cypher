// Agreements of one run with their parties, the chains or segments they serve, and their sources.
// $rows: [{id, props, parties: [id], serves: [id], evidence: [{source, quote?, offset?, confidence?}]}].
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
// Provenance: each source cited, with the sentence that states the fact when it came from an article.
CALL (a, row) {
  UNWIND row.evidence AS evidence
  MATCH (s:Source {id: evidence.source})
  MERGE (a)-[e:EVIDENCED_BY]->(s)
  SET e.quote = evidence.quote, e.offset = evidence.offset, e.confidence = evidence.confidence
}
// The new ones by id: their links to the COLLABORATES_WITH projection can be added, not recomputed.
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS total,
       collect(CASE WHEN created THEN row.id END) AS createdIds
