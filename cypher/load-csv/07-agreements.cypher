// Agreements from agreements.csv with their parties (PARTY_TO), what they serve (SERVES) and their
// sources (EVIDENCED_BY), as merge-agreements.cypher makes them. COLLABORATES_WITH is not touched
// here: on a bulk load it is cheaper to compute once at the end (09-collaborations.cypher) than per batch.
// Nodes: MERGE on the id. Relationships: MERGE, as the ingest does: a party listed twice gets one
// link and a second run adds nothing (CREATE would be cheaper on an empty database, but would not
// build the ingest's graph from the same rows).
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (a:Agreement {id: trim(row.id)})
  SET a += {
    type: nullIf(trim(row.type), ''),
    title: nullIf(trim(row.title), ''),
    signedOn: date(nullIf(trim(row.signedOn), '')),
    endsOn: date(nullIf(trim(row.endsOn), '')),
    status: nullIf(trim(row.status), ''),
    students: toInteger(nullIf(trim(row.students), '')),
    positions: toInteger(nullIf(trim(row.positions), '')),
    enterprises: toInteger(nullIf(trim(row.enterprises), ''))
  }
  WITH a, row
  CALL (a, row) {
    UNWIND split(coalesce(row.parties, ''), '|') AS listed
    WITH trim(listed) AS partyId WHERE partyId <> ''
    MATCH (o:Organization {id: partyId})
    MERGE (o)-[:PARTY_TO]->(a)
  }
  CALL (a, row) {
    UNWIND split(coalesce(row.serves, ''), '|') AS listed
    WITH trim(listed) AS targetId WHERE targetId <> ''
    MATCH (t:IndustryChain|ChainSegment {id: targetId})
    MERGE (a)-[:SERVES]->(t)
  }
  CALL (a, row) {
    UNWIND split(coalesce(row.source, ''), '|') AS cited
    WITH trim(cited) AS sourceId WHERE sourceId <> ''
    MATCH (s:Source {id: sourceId})
    MERGE (a)-[:EVIDENCED_BY]->(s)
  }
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(*) AS rows
