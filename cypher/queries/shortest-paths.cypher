// All shortest cooperation paths between two organisations over the COLLABORATES_WITH projection,
// up to $maxHops links (the pattern's own bound is the API's ceiling, 6).
MATCH (a:Organization {id: $fromId}), (b:Organization {id: $toId})
MATCH p = allShortestPaths((a)-[:COLLABORATES_WITH*..6]-(b))
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.id, .name, .nameZh, .kind, .regionCode, label: head([l IN labels(n) WHERE l IN ['Institution', 'Enterprise', 'Government']])}] AS nodes,
       [r IN relationships(p) | r.agreements] AS weights
LIMIT $limit
