// The links among a set of organisations (an ego network: one organisation and its partners).
MATCH (x:Organization)-[c:COLLABORATES_WITH]->(y:Organization)
WHERE x.id IN $ids AND y.id IN $ids
RETURN x.id AS source, y.id AS target, c.agreements AS weight, toString(c.firstOn) AS firstOn, toString(c.lastOn) AS lastOn
