// Before a load writes, in the same transaction: the state of every node it will touch, kept on
// :ChangesetEntry nodes so the import can be undone exactly. A node that exists keeps its labels and
// properties (copied as they are, types and all) and one entry per relationship of the types a load
// writes, with that relationship's properties; a node that does not exist yet is noted as created.
// Bookkeeping keys start with "_" (no model property does). The first capture of a node in a
// changeset is its state before the import; later batches of the same import only add references.
// $changeset: id; $nodes: [{label, id, refs: [id]}], label one of the model's id-keyed labels.
UNWIND $nodes AS node
OPTIONAL MATCH (done:ChangesetEntry {_changeset: $changeset, _node: node.id, _label: node.label, _kind: 'node'})
CALL (done, node) {
  WITH done, node WHERE done IS NOT NULL
  SET done._refs = done._refs + node.refs
}
WITH node WHERE done IS NULL
OPTIONAL CALL (node) {
  MATCH (n:Organization {id: node.id}) WHERE node.label = 'Organization' RETURN n
  UNION
  MATCH (n:Source {id: node.id}) WHERE node.label = 'Source' RETURN n
  UNION
  MATCH (n:IndustryChain {id: node.id}) WHERE node.label = 'IndustryChain' RETURN n
  UNION
  MATCH (n:ChainSegment {id: node.id}) WHERE node.label = 'ChainSegment' RETURN n
  UNION
  MATCH (n:Agreement {id: node.id}) WHERE node.label = 'Agreement' RETURN n
  UNION
  MATCH (n:Alliance {id: node.id}) WHERE node.label = 'Alliance' RETURN n
}
CREATE (e:ChangesetEntry)
SET e += coalesce(properties(n), {}),
    e._changeset = $changeset, e._kind = 'node', e._label = node.label, e._node = node.id,
    e._existed = n IS NOT NULL, e._labels = coalesce(labels(n), []), e._refs = node.refs
WITH n, node
CALL (n, node) {
  WITH n WHERE n IS NOT NULL
  MATCH (n)-[r:LOCATED_IN|PARTY_TO|SERVES|EVIDENCED_BY|OPERATES_IN|HAS_SEGMENT|MEMBER_OF]-()
  WITH r, startNode(r) AS a, endNode(r) AS b,
       ['Organization', 'Source', 'IndustryChain', 'ChainSegment', 'Agreement', 'Alliance', 'Region'] AS keyed
  CREATE (x:ChangesetEntry)
  SET x += properties(r),
      x._changeset = $changeset, x._kind = 'relationship', x._label = node.label, x._node = node.id, x._type = type(r),
      x._from = coalesce(a.id, a.code), x._fromLabel = [l IN labels(a) WHERE l IN keyed][0],
      x._to = coalesce(b.id, b.code), x._toLabel = [l IN labels(b) WHERE l IN keyed][0]
}
RETURN count(*) AS captured
