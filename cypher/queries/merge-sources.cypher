// Sources of one run. $rows: [{id, props}]. Returns how many were created and how many changed.
UNWIND $rows AS row
OPTIONAL MATCH (before:Source {id: row.id})
WITH row, before IS NULL AS created,
     before IS NOT NULL AND any(key IN keys(row.props) WHERE before[key] IS NULL OR before[key] <> row.props[key]) AS updated
MERGE (s:Source {id: row.id})
SET s += row.props
RETURN count(CASE WHEN created THEN 1 END) AS created, count(CASE WHEN updated THEN 1 END) AS updated, count(*) AS total
