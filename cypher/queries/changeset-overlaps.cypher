// Later imports, not undone, that touched (or point to) a node the changeset $id touched: undoing
// $id under them would not give back the graph as it was. Returns each with how many such nodes.
MATCH (c:Changeset {id: $id})
MATCH (mine:ChangesetEntry {_changeset: $id, _kind: 'node'})
WITH c, collect(mine._label + '/' + mine._node) AS keys, collect(mine._node) AS ids
MATCH (later:Changeset)
WHERE later.undoneAt IS NULL AND later.id <> c.id AND (later.at > c.at OR (later.at = c.at AND later.id > c.id))
MATCH (theirs:ChangesetEntry {_changeset: later.id, _kind: 'node'})
WHERE theirs._label + '/' + theirs._node IN keys OR any(ref IN theirs._refs WHERE ref IN ids)
RETURN later.id AS id, later.by AS by, later.at AS at, count(theirs) AS nodes
ORDER BY at
