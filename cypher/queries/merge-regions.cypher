// Regions of the GB/T 2260 table. $rows: [{code, props, parent}], props {name, nameZh, level, lat?,
// lon?}, parent the code of the region it is PART_OF (null for provincial-level units). Rows come
// parents first, so a parent is merged (in this batch or an earlier one) before its children link
// to it. A region whose parent changed is re-linked and counts as updated.
UNWIND $rows AS row
OPTIONAL MATCH (before:Region {code: row.code})
OPTIONAL MATCH (before)-[:PART_OF]->(oldParent:Region)
WITH row, before, collect(oldParent.code) AS oldParents
WITH row, before IS NULL AS created,
     before IS NOT NULL AND (any(key IN keys(row.props) WHERE before[key] IS NULL OR before[key] <> row.props[key])
       OR oldParents <> CASE WHEN row.parent IS NULL THEN [] ELSE [row.parent] END) AS updated
MERGE (r:Region {code: row.code})
SET r += row.props
WITH r, row, created, updated
CALL (r, row) {
  MATCH (r)-[stale:PART_OF]->(other:Region)
  WHERE row.parent IS NULL OR other.code <> row.parent
  DELETE stale
}
CALL (r, row) {
  MATCH (parent:Region {code: row.parent})
  MERGE (r)-[:PART_OF]->(parent)
}
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS total
