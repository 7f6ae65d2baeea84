// What a leader can read about each central organisation of $ids in a briefing of region
// $regionCode (the country when null): how many of the region's agreements it is party to (not
// rejected; with a party in the region), and, when the network is stored (run $run, scope $scope),
// how many distinct groups (communities of that network) its partners belong to. Without a stored
// network, groups is null and the caller counts them from the network it computed.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN id,
       COUNT {
         MATCH (o)-[:PARTY_TO]->(a:Agreement)
         WHERE coalesce(a.reviewStatus, '') <> 'rejected'
           AND ($regionCode IS NULL
                OR EXISTS { (a)<-[:PARTY_TO]-(:Organization)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode}) })
       } AS agreements,
       CASE WHEN $run IS NULL THEN null ELSE COUNT {
         MATCH (o)-[:COLLABORATES_WITH]-(p:Organization)
         MATCH (m:OrganizationMetrics {run: $run, scope: $scope, orgId: p.id})
         RETURN DISTINCT m.community
       } END AS groups
