// All shortest cooperation paths between two organisations over the COLLABORATES_WITH projection,
// of at most 5 links: the pattern's own bound, so Neo4j runs one bidirectional breadth-first search
// that stops at 5 (ShortestPath, and no other search). One file per bound, 1 to 6 (Cypher takes no
// parameter as a bound); they differ in the bound only (server/api/shortest-paths.test.ts).
// Never filter the length afterwards (WHERE length(p) <= $maxHops): Neo4j then plans a fallback
// that, when the search finds nothing, enumerates every path up to the bound (VarLengthExpand).
MATCH (a:Organization {id: $fromId}), (b:Organization {id: $toId})
MATCH p = allShortestPaths((a)-[:COLLABORATES_WITH*..5]-(b))
RETURN [n IN nodes(p) | n {.id, .name, .nameZh, .kind, .regionCode, label: head([l IN labels(n) WHERE l IN ['Institution', 'Enterprise', 'Government']])}] AS nodes,
       [r IN relationships(p) | r.agreements] AS weights
LIMIT $limit
