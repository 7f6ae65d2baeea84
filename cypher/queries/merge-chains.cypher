// Industry chains of one run. $rows: [{id, props, sources}].
UNWIND $rows AS row
OPTIONAL MATCH (before:IndustryChain {id: row.id})
WITH row, before IS NULL AS created,
     before IS NOT NULL AND any(key IN keys(row.props) WHERE before[key] IS NULL OR before[key] <> row.props[key]) AS updated
MERGE (c:IndustryChain {id: row.id})
SET c += row.props
WITH c, row, created, updated
CALL (c, row) {
  UNWIND row.sources AS sourceId
  MATCH (s:Source {id: sourceId})
  MERGE (c)-[:EVIDENCED_BY]->(s)
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS total
