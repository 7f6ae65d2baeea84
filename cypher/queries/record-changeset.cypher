// Records an import (a changeset) in the transaction that writes it, so the two commit together:
// created by its first transaction, its counts added by each, complete once its last has committed.
// $changeset: {id, by, at, files}; $counts: {new, changed, unchanged} of this transaction; $last.
MERGE (c:Changeset {id: $changeset.id})
ON CREATE SET c.by = $changeset.by, c.at = $changeset.at, c.files = $changeset.files,
  c.new = 0, c.changed = 0, c.unchanged = 0, c.complete = false
SET c.new = c.new + $counts.new, c.changed = c.changed + $counts.changed,
  c.unchanged = c.unchanged + $counts.unchanged, c.complete = c.complete OR $last
