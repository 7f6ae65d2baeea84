// Chain segments of one run, each linked to its chain. $rows: [{id, chain, props, sources}].
UNWIND $rows AS row
OPTIONAL MATCH (before:ChainSegment {id: row.id})
WITH row, before IS NULL AS created,
     before IS NOT NULL AND any(key IN keys(row.props) WHERE before[key] IS NULL OR before[key] <> row.props[key]) AS updated
MERGE (g:ChainSegment {id: row.id})
SET g += row.props
WITH g, row, created, updated
MATCH (c:IndustryChain {id: row.chain})
MERGE (c)-[:HAS_SEGMENT]->(g)
WITH g, row, created, updated
CALL (g, row) {
  UNWIND row.sources AS sourceId
  MATCH (s:Source {id: sourceId})
  MERGE (g)-[:EVIDENCED_BY]->(s)
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS total
