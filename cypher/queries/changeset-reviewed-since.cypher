// Agreements changeset $id touched that a reviewer has decided since: undoing the import would
// revert the reviewer's decision (people's decisions outrank files), so it is refused.
MATCH (c:Changeset {id: $id})
MATCH (e:ChangesetEntry {_changeset: $id}) USING INDEX e:ChangesetEntry(_changeset)
WHERE e._kind = 'node' AND e._label = 'Agreement'
MATCH (a:Agreement {id: e._node})
WHERE a.reviewedAt IS NOT NULL AND a.reviewedAt > datetime(c.at)
RETURN a.id AS id, a.reviewedBy AS by
ORDER BY id
LIMIT 5
