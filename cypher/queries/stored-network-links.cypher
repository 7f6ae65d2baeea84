// The collaboration links among the organisations $ids, as the graph has them now.
UNWIND $ids AS id
MATCH (x:Organization {id: id})-[c:COLLABORATES_WITH]->(y:Organization)
WHERE y.id IN $ids
RETURN x.id AS source, y.id AS target, c.agreements AS weight, toString(c.firstOn) AS firstOn, toString(c.lastOn) AS lastOn
ORDER BY source, target
