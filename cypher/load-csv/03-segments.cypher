// Chain segments from segments.csv, each linked to its chain (HAS_SEGMENT) and its sources.
// Nodes: MERGE on the id. Relationships: MERGE, as the ingest does, so a second run adds nothing.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (g:ChainSegment {id: trim(row.id)})
  SET g += {
    name: nullIf(trim(row.name), ''),
    nameZh: nullIf(trim(row.nameZh), ''),
    stage: nullIf(trim(row.stage), ''),
    order: toInteger(nullIf(trim(row.order), ''))
  }
  WITH g, row
  CALL (g, row) {
    MATCH (c:IndustryChain {id: trim(row.chain)})
    MERGE (c)-[:HAS_SEGMENT]->(g)
  }
  CALL (g, row) {
    UNWIND split(coalesce(row.source, ''), '|') AS cited
    WITH trim(cited) AS sourceId WHERE sourceId <> ''
    MATCH (s:Source {id: sourceId})
    MERGE (g)-[:EVIDENCED_BY]->(s)
  }
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(*) AS rows
