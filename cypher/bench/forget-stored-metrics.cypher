// Every stored metric and the record of its runs, gone: the next server start recomputes from
// nothing, as after a first load.
CALL () {
  MATCH (n) WHERE n:OrganizationMetrics OR n:NetworkSummary OR n:CoverageCellFigures OR (n:AtlasMeta AND n.id = 'metrics')
  RETURN n
}
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
