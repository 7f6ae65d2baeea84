// The recompute's coverage cells, serving side: each segment that a live agreement or an alliance
// SERVES, with the regions its parties or members lie in (their own and up to three PART_OF
// above), once per segment and home region. From the SERVES links, so agreements that serve no
// segment are never visited.
MATCH (x)-[:SERVES]->(s:ChainSegment)<-[:HAS_SEGMENT]-(c:IndustryChain)
WHERE x:Alliance
   OR (x:Agreement
       AND coalesce(x.status, '') <> 'ended'
       AND (x.endsOn IS NULL OR x.endsOn >= date($today))
       AND coalesce(x.reviewStatus, '') <> 'rejected')
MATCH (o:Organization)-[:PARTY_TO|MEMBER_OF]->(x)
MATCH (o)-[:LOCATED_IN]->(home:Region)
WITH DISTINCT c, s, home
RETURN c.id AS chainId, c.regionCode AS place, s.id AS segmentId,
       COLLECT { MATCH (home)-[:PART_OF*0..3]->(r:Region) RETURN DISTINCT r.code } AS regionCodes
