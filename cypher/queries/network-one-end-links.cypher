// The collaboration links with at least one end among the organisations $ids (a region's members),
// each once, in the projection's own direction: from each organisation by its id (unique index).
UNWIND $ids AS id
MATCH (:Organization {id: id})-[c:COLLABORATES_WITH]-(:Organization)
WITH DISTINCT c
RETURN startNode(c).id AS source, endNode(c).id AS target, c.agreements AS weight, toString(c.firstOn) AS firstOn, toString(c.lastOn) AS lastOn
