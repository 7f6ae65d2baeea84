// Per region of a level (province or prefecture), optionally only those inside $withinRegion: the
// organisations recorded in it (located in it or in a region inside it, as coverage counts them)
// by kind, how many of its institutions and enterprises are partnered (party to a live agreement
// that also has a party of the other kind, as coverage defines a partnered enterprise), and the
// agreements with at least one party there. Rejected agreements count nowhere.
MATCH (r:Region {level: $regionLevel})
WHERE $withinRegion IS NULL OR EXISTS { (r)-[:PART_OF*0..3]->(:Region {code: $withinRegion}) }
CALL (r) {
  MATCH (r)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(o:Organization)
  WITH DISTINCT o
  WITH o, o:Institution AS institution, o:Enterprise AS enterprise
  WITH o, institution, enterprise,
       (institution OR enterprise) AND EXISTS {
         MATCH (o)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(other:Organization)
         WHERE (CASE WHEN institution THEN other:Enterprise ELSE other:Institution END)
           AND coalesce(a.status, '') <> 'ended'
           AND (a.endsOn IS NULL OR a.endsOn >= date($today))
           AND coalesce(a.reviewStatus, '') <> 'rejected'
       } AS partnered
  RETURN count(CASE WHEN institution THEN 1 END) AS institutions,
         count(CASE WHEN institution AND partnered THEN 1 END) AS partneredInstitutions,
         count(CASE WHEN enterprise THEN 1 END) AS enterprises,
         count(CASE WHEN enterprise AND partnered THEN 1 END) AS partneredEnterprises,
         count(CASE WHEN o:Government THEN 1 END) AS governments
}
CALL (r) {
  OPTIONAL MATCH (r)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(:Organization)-[:PARTY_TO]->(a:Agreement)
  WHERE coalesce(a.reviewStatus, '') <> 'rejected'
  RETURN count(DISTINCT a) AS agreements
}
RETURN r.code AS regionCode, institutions, partneredInstitutions, enterprises, partneredEnterprises, governments, agreements
ORDER BY regionCode
