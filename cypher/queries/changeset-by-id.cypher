// One import (changeset) by its id.
MATCH (c:Changeset {id: $id})
RETURN c {.id, .by, .at, .files, .new, .changed, .unchanged, .complete, .undoneAt, .undoneBy} AS changeset
