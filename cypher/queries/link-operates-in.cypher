// Which segments each enterprise of one run operates in. $rows: [{id, segments: [id]}].
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.id})
UNWIND row.segments AS segmentId
MATCH (g:ChainSegment {id: segmentId})
MERGE (e)-[:OPERATES_IN]->(g)
