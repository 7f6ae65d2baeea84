// Collaboration links counted from the agreements that pass the filters: types, signing dates,
// live only, chains (the agreement serves the chain or a segment of it, or an enterprise party
// operates in it); between organisations that pass the label and region filters.
MATCH (a:Agreement)
WHERE coalesce(a.reviewStatus, '') <> 'rejected'
  AND ($agreementTypes IS NULL OR a.type IN $agreementTypes)
  AND ($from IS NULL OR a.signedOn >= date($from))
  AND ($to IS NULL OR a.signedOn <= date($to))
  AND (NOT $liveOnly
       OR (coalesce(a.status, '') <> 'ended' AND (a.endsOn IS NULL OR a.endsOn >= date($today))))
  AND ($chainIds IS NULL
       OR EXISTS { (a)-[:SERVES]->(c:IndustryChain) WHERE c.id IN $chainIds }
       OR EXISTS { (a)-[:SERVES]->(:ChainSegment)<-[:HAS_SEGMENT]-(c:IndustryChain) WHERE c.id IN $chainIds }
       OR EXISTS { (a)<-[:PARTY_TO]-(:Enterprise)-[:OPERATES_IN]->(:ChainSegment)<-[:HAS_SEGMENT]-(c:IndustryChain) WHERE c.id IN $chainIds })
MATCH (x:Organization)-[:PARTY_TO]->(a)<-[:PARTY_TO]-(y:Organization)
WHERE x.id < y.id
  AND ($labels IS NULL OR (any(l IN labels(x) WHERE l IN $labels) AND any(l IN labels(y) WHERE l IN $labels)))
  AND ($regionCodes IS NULL
       OR (EXISTS { (x)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r:Region) WHERE r.code IN $regionCodes }
           AND EXISTS { (y)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r:Region) WHERE r.code IN $regionCodes }))
WITH x, y, count(a) AS weight, min(a.signedOn) AS firstOn, max(a.signedOn) AS lastOn
RETURN x.id AS source, y.id AS target, weight, toString(firstOn) AS firstOn, toString(lastOn) AS lastOn
