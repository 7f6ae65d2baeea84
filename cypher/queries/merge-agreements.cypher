// Agreements of one run with their parties, the chains or segments they serve, and their sources.
// $rows: [{id, props, parties: [id], serves: [id], evidence: [{source, quote?, offset?, confidence?}]}].
// People's decisions outrank files: on an agreement a reviewer has decided, the fields the review
// decides (type, title, dates, status, review status) stay as the reviewer left them; a file that
// says otherwise is reported in `overruled`, not applied.
UNWIND $rows AS row
OPTIONAL MATCH (before:Agreement {id: row.id})
WITH row, before, before IS NOT NULL AND before.reviewedAt IS NOT NULL AS reviewed,
     ['type', 'title', 'signedOn', 'endsOn', 'status', 'reviewStatus'] AS reviewedKeys
WITH row, before, reviewed, reviewedKeys,
     CASE WHEN reviewed THEN apoc.map.removeKeys(row.props, reviewedKeys) ELSE row.props END AS applied
WITH row, reviewed, applied, before IS NULL AS created,
     before IS NOT NULL AND any(key IN keys(applied) WHERE before[key] IS NULL OR before[key] <> applied[key]) AS updated,
     reviewed AND any(key IN reviewedKeys WHERE key <> 'reviewStatus' AND row.props[key] IS NOT NULL AND before[key] <> row.props[key]) AS overruled
MERGE (a:Agreement {id: row.id})
SET a += applied
WITH a, row, created, updated, overruled
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
       collect(CASE WHEN created THEN row.id END) AS createdIds, collect(CASE WHEN overruled THEN row.id END) AS overruled
