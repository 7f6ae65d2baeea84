// The database: connecting to it (embedded or not), its schema, and the named Cypher files.
// Other folders import from here; files inside the folder import each other directly.
export { applySchema } from "./apply-schema.ts";
export { dropMetricRuns } from "./drop-metric-runs.ts";
export { namedQuery } from "./cypher-files.ts";
export { connectDatabase, DatabaseUnavailableError, servingDatabase, type Database, type EmbeddedControl } from "./database.ts";
export { changeGraph, type ChangeGraphOptions, type GraphChange, type GraphChanged, type GraphTransaction, type GraphWork, type NamedQueryResult, type PairContribution } from "./change-graph.ts";
