// A network's stored figures (run $run, scope 'country' or a region's code) and its strongest
// $limit organisations with their stored metrics: those whose group in the strongest-part order
// ends within the limit (strongestOrder), read by index. No row when the run has no such network.
// `outside`: those of them that lie outside the province, in a one-end network (scope one-end:<code>).
MATCH (s:NetworkSummary {run: $run, scope: $scope})
CALL (s) {
  MATCH (m:OrganizationMetrics {run: $run, scope: $scope})
  WHERE m.groupEnd <= $limit
  MATCH (o:Organization {id: m.orgId})
  RETURN collect(o {.id, .name, .nameZh, .kind, .regionCode,
                    label: head([l IN labels(o) WHERE l IN ['Institution', 'Enterprise', 'Government']]),
                    degree: m.degree, weightedDegree: m.weightedDegree, betweenness: m.betweenness, community: m.community}) AS nodes,
         collect(CASE WHEN m.outside THEN m.orgId END) AS outside
}
RETURN s {.totalNodes, .totalLinks, .communities, .modularity, .betweennessMethod, .betweennessSampleSize} AS summary, nodes, outside
