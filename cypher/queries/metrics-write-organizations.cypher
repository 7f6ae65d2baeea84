// One batch of a recompute's per-organisation metrics ($rows), for run $run. New nodes each run:
// readers keep reading the published run until the new one is complete. `outside` only in a
// province's one-end network (one-end:<code>): the organisation lies elsewhere.
UNWIND $rows AS row
CREATE (:OrganizationMetrics {
  run: $run, scope: row.scope, orgId: row.orgId,
  degree: row.degree, weightedDegree: row.weightedDegree, betweenness: row.betweenness,
  community: row.community, betweennessRank: row.betweennessRank, rank: row.rank, groupEnd: row.groupEnd,
  outside: row.outside
})
