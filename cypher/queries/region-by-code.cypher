// One region by its GB/T 2260 code.
MATCH (r:Region {code: $code})
RETURN r {.code, .name, .nameZh, .level, .lat, .lon} AS region
