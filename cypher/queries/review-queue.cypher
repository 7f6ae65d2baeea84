// Agreements extracted below the confidence threshold and not yet reviewed, least confident first.
MATCH (a:Agreement {reviewStatus: 'unreviewed'})
OPTIONAL MATCH (a)-[e:EVIDENCED_BY]->(:Source)
WITH a, min(e.confidence) AS confidence
ORDER BY confidence, a.id
LIMIT $limit
RETURN a.id AS id, confidence
