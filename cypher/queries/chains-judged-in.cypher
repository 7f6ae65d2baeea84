// The chains judged in region $regionCode (for the briefing and the gap list): national chains, and chains with
// a place (provincial or city) whose place contains the region or lies inside it (all chains for
// the country).
MATCH (c:IndustryChain)
WHERE $regionCode IS NULL
   OR c.regionCode IS NULL
   OR EXISTS { (:Region {code: $regionCode})-[:PART_OF*0..3]->(:Region {code: c.regionCode}) }
   OR EXISTS { (:Region {code: c.regionCode})-[:PART_OF*0..3]->(:Region {code: $regionCode}) }
RETURN c.id AS chainId, COLLECT { MATCH (c)-[:HAS_SEGMENT]->(s:ChainSegment) RETURN s.id } AS segmentIds
ORDER BY chainId
