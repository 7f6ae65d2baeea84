// Records an import (a changeset) in the transaction that writes it, so the two commit together:
// created by its first transaction, its counts added by each, complete once its last has committed.
// An import that changed nothing at all keeps its record but not its noted prior state: there is
// nothing to undo, and it must not stand in the way of undoing an earlier import.
// $changeset: {id, by, at, files}; $counts: {new, changed, unchanged} of this transaction;
// $changed: whether this transaction changed the graph; $last.
MERGE (c:Changeset {id: $changeset.id})
ON CREATE SET c.by = $changeset.by, c.at = $changeset.at, c.files = $changeset.files,
  c.new = 0, c.changed = 0, c.unchanged = 0, c.complete = false, c.changedGraph = false
SET c.new = c.new + $counts.new, c.changed = c.changed + $counts.changed,
  c.unchanged = c.unchanged + $counts.unchanged, c.complete = c.complete OR $last,
  c.changedGraph = c.changedGraph OR $changed
WITH c
CALL (c) {
  WITH c WHERE c.complete AND NOT c.changedGraph
  MATCH (e:ChangesetEntry {_changeset: c.id})
  DETACH DELETE e
}
