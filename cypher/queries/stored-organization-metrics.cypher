// The organisations $ids with their stored metrics in the whole country's network (run $run),
// and how that network's betweenness was measured. An organisation without a link has no metrics.
MATCH (s:NetworkSummary {run: $run, scope: 'country'})
UNWIND $ids AS id
MATCH (o:Organization {id: id})
OPTIONAL MATCH (m:OrganizationMetrics {run: $run, scope: 'country', orgId: id})
RETURN o {.id, .name, .nameZh, .kind, .regionCode, label: head([l IN labels(o) WHERE l IN ['Institution', 'Enterprise', 'Government']])} AS organization,
       m {.degree, .weightedDegree, .betweenness, .community, .betweennessRank} AS metrics,
       s {.totalNodes, .betweennessMethod, .betweennessSampleSize} AS summary
