// Undo, nodes: the nodes changeset $id created are deleted with their relationships; those it
// changed get back exactly the labels and properties they had, and lose every relationship of the
// types a load writes (undo-changeset-relationships puts back the ones they had).
MATCH (e:ChangesetEntry {_changeset: $id, _kind: 'node'})
CALL (e) {
  MATCH (n:Organization {id: e._node}) WHERE e._label = 'Organization' RETURN n
  UNION
  MATCH (n:Source {id: e._node}) WHERE e._label = 'Source' RETURN n
  UNION
  MATCH (n:IndustryChain {id: e._node}) WHERE e._label = 'IndustryChain' RETURN n
  UNION
  MATCH (n:ChainSegment {id: e._node}) WHERE e._label = 'ChainSegment' RETURN n
  UNION
  MATCH (n:Agreement {id: e._node}) WHERE e._label = 'Agreement' RETURN n
  UNION
  MATCH (n:Alliance {id: e._node}) WHERE e._label = 'Alliance' RETURN n
}
CALL (e, n) {
  WITH e, n WHERE NOT e._existed
  DETACH DELETE n
}
CALL (e, n) {
  WITH e, n WHERE e._existed
  OPTIONAL MATCH (n)-[r:LOCATED_IN|PARTY_TO|SERVES|EVIDENCED_BY|OPERATES_IN|HAS_SEGMENT|MEMBER_OF]-()
  DELETE r
}
CALL (e, n) {
  WITH e, n WHERE e._existed
  SET n = apoc.map.fromPairs([key IN keys(e) WHERE NOT key STARTS WITH '_' | [key, e[key]]])
  REMOVE n:$([label IN labels(n) WHERE NOT label IN e._labels])
  SET n:$(e._labels)
}
RETURN count(e) AS nodes, count(CASE WHEN NOT e._existed THEN 1 END) AS deleted
