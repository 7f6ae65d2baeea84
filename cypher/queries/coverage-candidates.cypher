// Candidates for uncovered segments: institutions party to a live agreement with an enterprise
// operating in the segment (anywhere), those in region $regionCode first, then by how many such
// agreements they hold.
UNWIND $segmentIds AS segmentId
MATCH (:ChainSegment {id: segmentId})<-[:OPERATES_IN]-(:Enterprise)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(i:Institution)
WHERE coalesce(a.status, '') <> 'ended'
  AND (a.endsOn IS NULL OR a.endsOn >= date($today))
  AND coalesce(a.reviewStatus, '') <> 'rejected'
WITH segmentId, i, count(DISTINCT a) AS agreements
WITH segmentId, i, agreements,
     $regionCode IS NULL
       OR EXISTS { (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode}) } AS inRegion
ORDER BY segmentId, inRegion DESC, agreements DESC, i.id
WITH segmentId,
     collect({institution: i {.id, .name, .nameZh, .kind, .regionCode, label: 'Institution'}, agreements: agreements, inRegion: inRegion}) AS candidates
RETURN segmentId, candidates[0..$limit] AS candidates
