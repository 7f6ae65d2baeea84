// Industry chains of one run. $rows: [{id, props, evidence}].
UNWIND $rows AS row
OPTIONAL MATCH (before:IndustryChain {id: row.id})
WITH row, before IS NULL AS created,
     before IS NOT NULL AND any(key IN keys(row.props) WHERE before[key] IS NULL OR before[key] <> row.props[key]) AS updated
MERGE (c:IndustryChain {id: row.id})
SET c += row.props
// Its searchText follows its names (the expression of fill-search-text.cypher).
SET c.searchText = '|' + apoc.text.join([key IN [c.name, c.nameZh, c.code] + coalesce(c.aliases, []) WHERE key IS NOT NULL | apoc.text.regreplace(toLower(key), '[^\\p{L}\\p{N}]+', '')], '|') + '|'
WITH c, row, created, updated
// Provenance: each source cited, with the sentence that states the fact when it came from an article.
CALL (c, row) {
  UNWIND row.evidence AS evidence
  MATCH (s:Source {id: evidence.source})
  MERGE (c)-[e:EVIDENCED_BY]->(s)
  SET e.quote = evidence.quote, e.offset = evidence.offset, e.confidence = evidence.confidence
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS total
