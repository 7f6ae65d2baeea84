// Deletes the stored metrics of every run but $keep (the published one and the one before it:
// a request that read the run number just before a publication still finds its figures).
// Run in transactions of its own (auto-commit): a national run is 300,000 nodes.
CALL () {
  MATCH (n:OrganizationMetrics) WHERE NOT n.run IN $keep RETURN n
  UNION
  MATCH (n:NetworkSummary) WHERE NOT n.run IN $keep RETURN n
  UNION
  MATCH (n:CoverageCellFigures) WHERE NOT n.run IN $keep RETURN n
}
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
