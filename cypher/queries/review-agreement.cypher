// A reviewer's decision on an agreement: corrected fields (absent ones stay), and the review
// status, who reviewed it and when.
MATCH (a:Agreement {id: $id})
SET a.type = coalesce($correction.type, a.type),
    a.title = coalesce($correction.title, a.title),
    a.signedOn = coalesce(date($correction.signedOn), a.signedOn),
    a.endsOn = coalesce(date($correction.endsOn), a.endsOn),
    a.status = coalesce($correction.status, a.status),
    a.reviewStatus = $reviewStatus,
    a.reviewedBy = $reviewer,
    a.reviewedAt = datetime()
RETURN a {.id, .type, .title, .status, .reviewStatus, signedOn: toString(a.signedOn), endsOn: toString(a.endsOn)} AS agreement
