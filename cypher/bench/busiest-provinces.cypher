// The provinces with the most organisations, busiest first: the ones a planner's queries touch most.
// $limit: how many.
MATCH (o:Organization)
WHERE o.regionCode IS NOT NULL
WITH substring(o.regionCode, 0, 2) + '0000' AS province, count(*) AS organizations
MATCH (r:Region {code: province})
RETURN r.code AS code, organizations
ORDER BY organizations DESC, code
LIMIT $limit
