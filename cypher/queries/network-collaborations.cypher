// Collaboration links from the COLLABORATES_WITH projection (every agreement, any date), between
// organisations that pass the node filters: labels ($labels) and regions ($regionCodes, with
// containment). Used when no filter needs the agreements themselves.
MATCH (x:Organization)-[c:COLLABORATES_WITH]->(y:Organization)
WHERE ($labels IS NULL OR (any(l IN labels(x) WHERE l IN $labels) AND any(l IN labels(y) WHERE l IN $labels)))
  AND ($regionCodes IS NULL
       OR (EXISTS { (x)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r:Region) WHERE r.code IN $regionCodes }
           AND EXISTS { (y)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r:Region) WHERE r.code IN $regionCodes }))
RETURN x.id AS source, y.id AS target, c.agreements AS weight, toString(c.firstOn) AS firstOn, toString(c.lastOn) AS lastOn
