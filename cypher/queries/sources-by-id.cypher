// Sources by id.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.id, .kind, .url, .title, .publisher, publishedOn: toString(s.publishedOn)} AS source
ORDER BY source.id
