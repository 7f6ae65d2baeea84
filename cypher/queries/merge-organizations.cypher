// Organisations of one run. $rows: [{id, label, props, evidence}], label one of Institution,
// Enterprise, Government. Every one also carries the Organization label.
UNWIND $rows AS row
OPTIONAL MATCH (before:Organization {id: row.id})
WITH row, before IS NULL AS created,
     before IS NOT NULL AND (NOT row.label IN labels(before)
       OR any(key IN keys(row.props) WHERE before[key] IS NULL OR before[key] <> row.props[key])) AS updated
MERGE (o:Organization {id: row.id})
SET o += row.props, o:$(row.label)
// Its searchText follows its names (the expression of fill-search-text.cypher).
SET o.searchText = '|' + apoc.text.join([key IN [o.name, o.nameZh, o.code] + coalesce(o.aliases, []) WHERE key IS NOT NULL | apoc.text.regreplace(toLower(key), '[^\\p{L}\\p{N}]+', '')], '|') + '|'
WITH o, row, created, updated
// LOCATED_IN follows regionCode: a moved organisation loses its old link.
CALL (o, row) {
  MATCH (o)-[old:LOCATED_IN]->(previous:Region)
  WHERE previous.code <> row.props.regionCode
  DELETE old
}
CALL (o, row) {
  MATCH (r:Region {code: row.props.regionCode})
  MERGE (o)-[:LOCATED_IN]->(r)
}
// Provenance: each source cited, with the sentence that states the fact when it came from an article.
CALL (o, row) {
  UNWIND row.evidence AS evidence
  MATCH (s:Source {id: evidence.source})
  MERGE (o)-[e:EVIDENCED_BY]->(s)
  SET e.quote = evidence.quote, e.offset = evidence.offset, e.confidence = evidence.confidence
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS total
