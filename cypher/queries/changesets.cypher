// The latest imports (changesets), newest first. $limit.
MATCH (c:Changeset)
RETURN c {.id, .by, .at, .files, .new, .changed, .unchanged, .complete, .undoneAt, .undoneBy} AS changeset
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
