// The key figures of a briefing for region $regionCode (the country when null), for the period
// [$from, $to] and the previous period [$previousFrom, $previousTo]: those of the parts named in
// $parts ('agreements', 'organizations', 'partnerships', 'enterprises'); the others come back as
// zeros. The briefing asks the parts in separate reads at once, so the database runs them side by
// side (they are independent walks over the same organisations). An agreement is live at the end
// of a day as DESIGN.md defines it ("Live agreements at a date"), the timeline's definition: signed
// on or before it (one with no signing date is never counted, and is counted apart as undated), not
// ended by then (its endsOn after it), and not marked ended without an end date. With each figure,
// up to $sampleSize ids of the agreements behind it, so that it can cite their sources.
// The organisations in the region (all of them for the country), found once from the region down:
// testing each agreement or link for a party in the region would not finish at national scale.
CALL () {
  // Only for the country: a WHERE on $regionCode alone would still scan every organisation.
  UNWIND CASE WHEN $regionCode IS NULL THEN [true] ELSE [] END AS everywhere
  MATCH (o:Organization)
  RETURN o
  UNION
  MATCH (:Region {code: $regionCode})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(o:Organization)
  RETURN o
}
WITH collect(o) AS members
CALL (members) {
  UNWIND CASE WHEN 'agreements' IN $parts THEN members ELSE [] END AS o
  MATCH (o)-[:PARTY_TO]->(a:Agreement)
  WITH DISTINCT a
  WHERE coalesce(a.reviewStatus, '') <> 'rejected'
  WITH a, date($from) AS f, date($to) AS t, date($previousFrom) AS pf, date($previousTo) AS pt
  WITH a,
       f <= a.signedOn <= t AS newNow,
       pf <= a.signedOn <= pt AS newBefore,
       f <= a.endsOn <= t AS endedNow,
       pf <= a.endsOn <= pt AS endedBefore,
       a.signedOn <= t AND (a.endsOn IS NULL OR a.endsOn > t) AND NOT (coalesce(a.status, '') = 'ended' AND a.endsOn IS NULL) AS liveNow,
       a.signedOn <= pt AND (a.endsOn IS NULL OR a.endsOn > pt) AND NOT (coalesce(a.status, '') = 'ended' AND a.endsOn IS NULL) AS liveBefore
  RETURN count(*) AS regionAgreements,
         count(CASE WHEN a.signedOn IS NULL THEN 1 END) AS undatedAgreements,
         count(CASE WHEN liveNow THEN 1 END) AS liveAgreements,
         count(CASE WHEN liveBefore THEN 1 END) AS liveAgreementsBefore,
         count(CASE WHEN newNow THEN 1 END) AS newAgreements,
         count(CASE WHEN newBefore THEN 1 END) AS newAgreementsBefore,
         count(CASE WHEN endedNow THEN 1 END) AS endedAgreements,
         count(CASE WHEN endedBefore THEN 1 END) AS endedAgreementsBefore,
         collect(CASE WHEN liveNow THEN a.id END)[0..$sampleSize] AS liveAgreementIds,
         collect(CASE WHEN newNow THEN a.id END)[0..$sampleSize] AS newAgreementIds,
         collect(CASE WHEN endedNow THEN a.id END)[0..$sampleSize] AS endedAgreementIds
}
CALL (members) {
  // Each organisation is asked whether it signed in either period, and stops at its first such
  // agreement: a hub's hundreds of agreements are not all read.
  UNWIND CASE WHEN 'organizations' IN $parts THEN members ELSE [] END AS o
  WITH o,
       COLLECT {
         MATCH (o)-[:PARTY_TO]->(a:Agreement)
         WHERE date($from) <= a.signedOn <= date($to) AND coalesce(a.reviewStatus, '') <> 'rejected'
         RETURN a.id LIMIT 1
       } AS signedNow,
       EXISTS {
         MATCH (o)-[:PARTY_TO]->(a:Agreement)
         WHERE date($previousFrom) <= a.signedOn <= date($previousTo) AND coalesce(a.reviewStatus, '') <> 'rejected'
       } AS signedBefore
  RETURN count(CASE WHEN size(signedNow) > 0 THEN 1 END) AS activeOrganizations,
         count(CASE WHEN signedBefore THEN 1 END) AS activeOrganizationsBefore,
         collect(DISTINCT signedNow[0])[0..$sampleSize] AS activeAgreementIds
}
CALL (members) {
  UNWIND CASE WHEN 'partnerships' IN $parts THEN members ELSE [] END AS o
  MATCH (o)-[c:COLLABORATES_WITH]-(:Organization)
  WITH DISTINCT c
  WITH startNode(c) AS x, endNode(c) AS y, c, date($from) <= c.firstOn <= date($to) AS newNow
  WITH count(CASE WHEN newNow THEN 1 END) AS newPartnerships,
       count(CASE WHEN date($previousFrom) <= c.firstOn <= date($previousTo) THEN 1 END) AS newPartnershipsBefore,
       collect(CASE WHEN newNow THEN {x: x, y: y, on: c.firstOn} END)[0..$sampleSize] AS firstPairs
  // The agreement that began each new partnership: the pair's first, signed on its firstOn.
  CALL (firstPairs) {
    UNWIND firstPairs AS pair
    WITH pair.x AS x, pair.y AS y, pair.on AS on
    MATCH (x)-[:PARTY_TO]->(first:Agreement)<-[:PARTY_TO]-(y)
    WHERE first.signedOn = on
    WITH x, y, min(first.id) AS firstId
    RETURN collect(firstId) AS newPartnershipAgreementIds
  }
  RETURN newPartnerships, newPartnershipsBefore, newPartnershipAgreementIds
}
CALL (members) {
  UNWIND CASE WHEN 'enterprises' IN $parts THEN members ELSE [] END AS e
  WITH e
  WHERE e:Enterprise
  WITH e,
       // An agreement that partners it at the period's end, if any: the first found, so that a
       // hub's agreements are not all read to cite one.
       head(COLLECT {
         MATCH (e)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(:Institution)
         WHERE coalesce(a.reviewStatus, '') <> 'rejected'
           AND a.signedOn <= date($to) AND (a.endsOn IS NULL OR a.endsOn > date($to))
           AND NOT (coalesce(a.status, '') = 'ended' AND a.endsOn IS NULL)
         RETURN a.id LIMIT 1
       }) AS partneringNow,
       EXISTS {
         MATCH (e)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(:Institution)
         WHERE coalesce(a.reviewStatus, '') <> 'rejected'
           AND a.signedOn <= date($previousTo) AND (a.endsOn IS NULL OR a.endsOn > date($previousTo))
           AND NOT (coalesce(a.status, '') = 'ended' AND a.endsOn IS NULL)
       } AS partneredBefore
  RETURN count(partneringNow) AS partneredEnterprises,
         count(CASE WHEN partneredBefore THEN 1 END) AS partneredEnterprisesBefore,
         collect(partneringNow)[0..$sampleSize] AS partneringAgreementIds
}
RETURN regionAgreements, undatedAgreements, liveAgreements, liveAgreementsBefore, newAgreements, newAgreementsBefore, endedAgreements, endedAgreementsBefore,
       liveAgreementIds, newAgreementIds, endedAgreementIds,
       activeOrganizations, activeOrganizationsBefore, activeAgreementIds,
       newPartnerships, newPartnershipsBefore, newPartnershipAgreementIds,
       partneredEnterprises, partneredEnterprisesBefore, partneringAgreementIds
