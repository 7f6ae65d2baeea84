// The recompute's snapshot: every COLLABORATES_WITH link with its weight, the agreements shared.
MATCH (x:Organization)-[c:COLLABORATES_WITH]->(y:Organization)
RETURN x.id AS source, y.id AS target, c.agreements AS weight
