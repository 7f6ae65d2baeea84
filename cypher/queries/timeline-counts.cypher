// Agreements counted by type, signing period and ending period ($width characters of the ISO
// date: 4 for years, 7 for months), under the filters: types, chains, regions (a party in one).
// An agreement ends in the period of its endsOn once that date has passed (it is live on the day itself).
// One marked ended without an end date ended when nobody knows: endedUndated, never counted live
// (DESIGN.md, "Live agreements at a date").
// With regions, start from them and walk to their organisations' agreements: testing every
// agreement for a party in the regions would expand a million agreements at national scale.
CALL () {
  // Only without regions: a WHERE on $regionCodes alone would still scan every agreement.
  UNWIND CASE WHEN $regionCodes IS NULL THEN [true] ELSE [] END AS everywhere
  MATCH (a:Agreement)
  RETURN a
  UNION
  MATCH (r:Region)
  WHERE r.code IN $regionCodes
  MATCH (r)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(:Organization)-[:PARTY_TO]->(a:Agreement)
  RETURN a
}
WITH a
WHERE coalesce(a.reviewStatus, '') <> 'rejected'
  AND ($agreementTypes IS NULL OR a.type IN $agreementTypes)
  AND ($chainIds IS NULL
       OR EXISTS { (a)-[:SERVES]->(c:IndustryChain) WHERE c.id IN $chainIds }
       OR EXISTS { (a)-[:SERVES]->(:ChainSegment)<-[:HAS_SEGMENT]-(c:IndustryChain) WHERE c.id IN $chainIds }
       OR EXISTS { (a)<-[:PARTY_TO]-(:Enterprise)-[:OPERATES_IN]->(:ChainSegment)<-[:HAS_SEGMENT]-(c:IndustryChain) WHERE c.id IN $chainIds })
WITH a.type AS type,
     substring(toString(a.signedOn), 0, $width) AS signedPeriod,
     CASE WHEN a.endsOn < date($today) THEN substring(toString(a.endsOn), 0, $width) END AS endedPeriod,
     coalesce(a.status, '') = 'ended' AND a.endsOn IS NULL AS endedUndated
RETURN type, signedPeriod, endedPeriod, endedUndated, count(*) AS agreements
ORDER BY type, signedPeriod, endedPeriod, endedUndated
