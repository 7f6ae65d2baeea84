// Marks changeset $id undone, by whom and when ($by, $at), in the transaction that undoes it.
MATCH (c:Changeset {id: $id})
SET c.undoneAt = $at, c.undoneBy = $by
RETURN c {.id, .by, .at, .files, .new, .changed, .unchanged, .complete, .undoneAt, .undoneBy} AS changeset
