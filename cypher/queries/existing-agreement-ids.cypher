// Which of $ids name an agreement in the graph: the others can be created, not merged.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})
RETURN a.id AS id
