// Chain segments of one run, each linked to its chain. $rows: [{id, chain, props, evidence}].
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
// Provenance: each source cited, with the sentence that states the fact when it came from an article.
CALL (g, row) {
  UNWIND row.evidence AS evidence
  MATCH (s:Source {id: evidence.source})
  MERGE (g)-[e:EVIDENCED_BY]->(s)
  SET e.quote = evidence.quote, e.offset = evidence.offset, e.confidence = evidence.confidence
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS total
