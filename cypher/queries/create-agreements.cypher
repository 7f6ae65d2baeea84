// Agreements of one run that are not in the graph (the same transaction checked with
// existing-agreement-ids), created rather than merged: nothing of them can exist yet, so there is
// nothing to compare, no reviewer's decision to keep, and no relationship to look for first.
// $rows as merge-agreements takes them, each row's parties and serves distinct, its evidence one
// item per source (the last citation of a source, as merge-agreements' last SET leaves it).
UNWIND $rows AS row
CREATE (a:Agreement {id: row.id})
SET a += row.props
WITH a, row
CALL (a, row) {
  UNWIND row.parties AS partyId
  MATCH (o:Organization {id: partyId})
  CREATE (o)-[:PARTY_TO]->(a)
}
CALL (a, row) {
  UNWIND row.serves AS targetId
  MATCH (t:IndustryChain|ChainSegment {id: targetId})
  CREATE (a)-[:SERVES]->(t)
}
CALL (a, row) {
  UNWIND row.evidence AS evidence
  MATCH (s:Source {id: evidence.source})
  CREATE (a)-[e:EVIDENCED_BY]->(s)
  SET e.quote = evidence.quote, e.offset = evidence.offset, e.confidence = evidence.confidence
}
RETURN count(*) AS created, 0 AS updated, count(*) AS total, collect(row.id) AS createdIds, [] AS overruled
