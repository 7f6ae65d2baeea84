// capture-prior-state for nodes known not to exist (the same transaction checked): each is noted
// as created, with the ids its row points to, as capture-prior-state notes a node it does not find.
// Only for nodes that appear once in a load (agreements), so no earlier entry of this changeset
// can hold them. $changeset: id; $nodes: [{label, id, refs: [id]}].
UNWIND $nodes AS node
CREATE (e:ChangesetEntry)
SET e._changeset = $changeset, e._kind = 'node', e._label = node.label, e._node = node.id,
    e._existed = false, e._labels = [], e._refs = node.refs
RETURN count(*) AS captured
