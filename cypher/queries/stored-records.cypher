// What the graph holds for records an import would write, for the preview's comparison: each
// node's labels and properties and the ids it links to, by the relationships a load writes.
// $rows: [{label, id}]; a row without a node is new.
UNWIND $rows AS row
OPTIONAL CALL (row) {
  MATCH (n:Organization {id: row.id}) WHERE row.label = 'Organization' RETURN n
  UNION
  MATCH (n:Source {id: row.id}) WHERE row.label = 'Source' RETURN n
  UNION
  MATCH (n:IndustryChain {id: row.id}) WHERE row.label = 'IndustryChain' RETURN n
  UNION
  MATCH (n:ChainSegment {id: row.id}) WHERE row.label = 'ChainSegment' RETURN n
  UNION
  MATCH (n:Agreement {id: row.id}) WHERE row.label = 'Agreement' RETURN n
  UNION
  MATCH (n:Alliance {id: row.id}) WHERE row.label = 'Alliance' RETURN n
}
RETURN row.label AS label, row.id AS id, labels(n) AS labels, properties(n) AS props,
       [(n)-[:EVIDENCED_BY]->(s:Source) | s.id] AS sources,
       [(n)-[:OPERATES_IN]->(g:ChainSegment) | g.id] AS segments,
       [(c:IndustryChain)-[:HAS_SEGMENT]->(n) | c.id] AS chain,
       CASE WHEN row.label = 'Agreement' THEN [(o:Organization)-[:PARTY_TO]->(n) | o.id] ELSE [] END AS parties,
       [(n)-[:SERVES]->(t) | t.id] AS serves,
       CASE WHEN row.label = 'Alliance' THEN [(o:Organization)-[:MEMBER_OF]->(n) | o.id] ELSE [] END AS members
