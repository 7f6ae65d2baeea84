// The networks' own figures for run $run, one node per scope ('country', or a region's code).
UNWIND $rows AS row
CREATE (:NetworkSummary {
  run: $run, scope: row.scope, totalNodes: row.totalNodes, totalLinks: row.totalLinks,
  communities: row.communities, modularity: row.modularity,
  betweennessMethod: row.betweennessMethod, betweennessSampleSize: row.betweennessSampleSize
})
