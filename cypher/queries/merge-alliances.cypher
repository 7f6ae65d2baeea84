// Alliances of one run with their members, what they serve and their sources.
// $rows: [{id, props, members: [id], serves: [id], evidence: [{source, quote?, offset?, confidence?}]}].
UNWIND $rows AS row
OPTIONAL MATCH (before:Alliance {id: row.id})
WITH row, before IS NULL AS created,
     before IS NOT NULL AND any(key IN keys(row.props) WHERE before[key] IS NULL OR before[key] <> row.props[key]) AS updated
MERGE (l:Alliance {id: row.id})
SET l += row.props
// Its searchText follows its names (the expression of fill-search-text.cypher).
SET l.searchText = '|' + apoc.text.join([key IN [l.name, l.nameZh, l.code] + coalesce(l.aliases, []) WHERE key IS NOT NULL | apoc.text.regreplace(toLower(key), '[^\\p{L}\\p{N}]+', '')], '|') + '|'
WITH l, row, created, updated
CALL (l, row) {
  UNWIND row.members AS memberId
  MATCH (o:Organization {id: memberId})
  MERGE (o)-[:MEMBER_OF]->(l)
}
CALL (l, row) {
  UNWIND row.serves AS targetId
  MATCH (t:IndustryChain|ChainSegment {id: targetId})
  MERGE (l)-[:SERVES]->(t)
}
// Provenance: each source cited, with the sentence that states the fact when it came from an article.
CALL (l, row) {
  UNWIND row.evidence AS evidence
  MATCH (s:Source {id: evidence.source})
  MERGE (l)-[e:EVIDENCED_BY]->(s)
  SET e.quote = evidence.quote, e.offset = evidence.offset, e.confidence = evidence.confidence
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS total
