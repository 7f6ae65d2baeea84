// The pairs of parties (x.id < y.id) of the agreements changeset $id touched, as the graph holds
// them now: before an undo and after it, so the COLLABORATES_WITH links of both are recounted.
MATCH (e:ChangesetEntry {_changeset: $id, _kind: 'node', _label: 'Agreement'})
MATCH (a:Agreement {id: e._node})
MATCH (a)<-[:PARTY_TO]-(x:Organization)
MATCH (a)<-[:PARTY_TO]-(y:Organization)
WHERE x.id < y.id
RETURN DISTINCT x.id AS x, y.id AS y
