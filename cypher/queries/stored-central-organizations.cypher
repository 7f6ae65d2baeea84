// The $limit most central organisations of a stored network (run $run, scope 'country' or a
// region's code): highest betweenness, then degree, then id. Ranks tied at the limit all pass the
// index's range, and the order settles them.
MATCH (m:OrganizationMetrics {run: $run, scope: $scope})
WHERE m.betweennessRank <= $limit
MATCH (o:Organization {id: m.orgId})
RETURN o {.id, .name, .nameZh, .kind, .regionCode, label: head([l IN labels(o) WHERE l IN ['Institution', 'Enterprise', 'Government']])} AS organization,
       m.betweenness AS betweenness, m.degree AS degree
ORDER BY betweenness DESC, degree DESC, organization.id
LIMIT $limit
