// LOAD CSV's later load, last step: the COLLABORATES_WITH links of the new agreements in
// agreements.csv, as a Neo4j expert adds 10,000 agreements to a national graph: each pair's new
// agreements are counted from the file and added to its link (made when it is the pair's first),
// with the first and last signing dates widened; no other link is touched. The agreements are new
// (the rows' ids are not in the graph before the load), so nothing is counted twice.
LOAD CSV WITH HEADERS FROM $url AS row
WITH date(nullIf(trim(row.signedOn), '')) AS signedOn,
     [listed IN split(coalesce(row.parties, ''), '|') WHERE trim(listed) <> '' | trim(listed)] AS parties
UNWIND parties AS xId
UNWIND parties AS yId
WITH xId, yId, signedOn WHERE xId < yId
WITH xId, yId, count(*) AS agreements, min(signedOn) AS firstOn, max(signedOn) AS lastOn
CALL (xId, yId, agreements, firstOn, lastOn) {
  MATCH (x:Organization {id: xId}), (y:Organization {id: yId})
  MERGE (x)-[c:COLLABORATES_WITH]->(y)
  ON CREATE SET c.agreements = agreements, c.firstOn = firstOn, c.lastOn = lastOn
  ON MATCH SET c.agreements = c.agreements + agreements,
               c.firstOn = CASE WHEN c.firstOn IS NULL OR firstOn < c.firstOn THEN firstOn ELSE c.firstOn END,
               c.lastOn = CASE WHEN c.lastOn IS NULL OR lastOn > c.lastOn THEN lastOn ELSE c.lastOn END
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(*) AS rows
