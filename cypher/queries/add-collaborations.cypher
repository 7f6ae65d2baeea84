// Adds agreements that did not exist before to the COLLABORATES_WITH projection, one row per pair
// of parties (x.id < y.id) with what those new agreements add: how many, and their first and last
// signing dates. Cheaper than refresh-collaborations, which recounts every agreement a pair shares;
// correct only for agreements that are new (created in the same transaction) and not rejected.
// $pairs: [{x, y, agreements, firstOn, lastOn}].
UNWIND $pairs AS pair
MATCH (x:Organization {id: pair.x})
MATCH (y:Organization {id: pair.y})
MERGE (x)-[c:COLLABORATES_WITH]->(y)
ON CREATE SET c.agreements = pair.agreements, c.firstOn = pair.firstOn, c.lastOn = pair.lastOn
ON MATCH SET c.agreements = c.agreements + pair.agreements,
  c.firstOn = CASE WHEN c.firstOn IS NULL OR pair.firstOn < c.firstOn THEN pair.firstOn ELSE c.firstOn END,
  c.lastOn = CASE WHEN c.lastOn IS NULL OR pair.lastOn > c.lastOn THEN pair.lastOn ELSE c.lastOn END
