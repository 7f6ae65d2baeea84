// Organisations by id, as references.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o {.id, .name, .nameZh, .kind, .regionCode, label: head([l IN labels(o) WHERE l IN ['Institution', 'Enterprise', 'Government']])} AS organization
