// For each fact (agreement, organisation, alliance, chain segment) by id, the sources that state it;
// for an organisation also the sources of its agreements. At most $perFact each.
UNWIND $ids AS id
// One indexed lookup per label: a label-free match on id would scan every node.
OPTIONAL MATCH (agreement:Agreement {id: id})
OPTIONAL MATCH (organization:Organization {id: id})
OPTIONAL MATCH (alliance:Alliance {id: id})
OPTIONAL MATCH (segment:ChainSegment {id: id})
OPTIONAL MATCH (chain:IndustryChain {id: id})
WITH id, coalesce(agreement, organization, alliance, segment, chain) AS x
WHERE x IS NOT NULL
CALL (x) {
  OPTIONAL MATCH (x)-[:EVIDENCED_BY]->(s:Source)
  RETURN collect(s.id) AS own
}
CALL (x) {
  OPTIONAL MATCH (x)-[:PARTY_TO]->(:Agreement)-[:EVIDENCED_BY]->(s:Source)
  RETURN collect(DISTINCT s.id) AS through
}
RETURN id, apoc.coll.toSet(own + through)[0..$perFact] AS sourceIds
