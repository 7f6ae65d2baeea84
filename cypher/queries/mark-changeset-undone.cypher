// Marks changeset $id undone, by whom and when ($by, $at), in the transaction that undoes it. Its
// noted prior state has served: it is removed (an undone import stands in no one's way).
MATCH (c:Changeset {id: $id})
SET c.undoneAt = $at, c.undoneBy = $by
WITH c
CALL (c) {
  MATCH (e:ChangesetEntry {_changeset: c.id}) USING INDEX e:ChangesetEntry(_changeset)
  DELETE e
}
RETURN c {.id, .by, .at, .files, .new, .changed, .unchanged, .complete, .undoneAt, .undoneBy} AS changeset
