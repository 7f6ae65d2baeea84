// The recompute's snapshot: every organisation with a collaboration link, and the province and
// prefecture it lies in (the network filter's rule: LOCATED_IN, then up to three PART_OF).
MATCH (o:Organization)
WHERE EXISTS { (o)-[:COLLABORATES_WITH]-() }
RETURN o.id AS id,
       COLLECT {
         MATCH (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r:Region)
         WHERE r.level IN ['province', 'prefecture']
         RETURN DISTINCT r.code
       } AS regionCodes
