// What a leader can read about each central organisation of $ids in a briefing of region
// $regionCode (the country when null): how many of the region's agreements it is party to (not
// rejected; with a party in the region), and, when the network is stored (run $run, scope $scope),
// how many distinct groups (communities of that network) its partners belong to. Without a stored
// network, groups is null and the caller counts them from the network it computed.
// An organisation in the region is a party in the region to every agreement it has, so only one
// outside it has its agreements tested one by one (a hub has thousands: testing each for a party
// in the region took seconds at national scale).
UNWIND $ids AS id
MATCH (o:Organization {id: id})
WITH id, o, $regionCode IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode}) } AS inside
RETURN id,
       CASE WHEN inside
         THEN COUNT { MATCH (o)-[:PARTY_TO]->(a:Agreement) WHERE coalesce(a.reviewStatus, '') <> 'rejected' }
         ELSE COUNT {
           MATCH (o)-[:PARTY_TO]->(a:Agreement)
           WHERE coalesce(a.reviewStatus, '') <> 'rejected'
             AND EXISTS { (a)<-[:PARTY_TO]-(:Organization)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode}) }
         }
       END AS agreements,
       CASE WHEN $run IS NULL THEN null ELSE COUNT {
         MATCH (o)-[:COLLABORATES_WITH]-(p:Organization)
         MATCH (m:OrganizationMetrics {run: $run, scope: $scope, orgId: p.id})
         RETURN DISTINCT m.community
       } END AS groups
