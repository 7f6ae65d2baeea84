import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../config.ts";
import { fasterDateOutput } from "./date-output.ts";
import { resolvers } from "./resolvers.ts";
import { withoutMutations } from "./write-api.ts";

const graphqlDir = path.join(projectRoot, "server", "graphql");
/** The graph model (generated entity queries) and the custom API (analytics, review). */
export const typeDefsPaths = [path.join(graphqlDir, "schema.graphql"), path.join(graphqlDir, "api.graphql")];

export function readTypeDefs(): string[] {
  return typeDefsPaths.map((file) => readFileSync(file, "utf8"));
}

export interface AtlasSchema {
  neo4jGraphQL: Neo4jGraphQL;
  schema: GraphQLSchema;
  /** True when the write API is on and tokens can be checked (ATLAS_JWT_SECRET is set), so writes are possible at all. */
  writesEnabled: boolean;
  /** False with ATLAS_WRITES=off: the schema has no Mutation root and the server refuses every mutation. */
  writeApi: boolean;
}

export interface SchemaOptions {
  /** ATLAS_JWT_SECRET: verifies the tokens writes need. Without it every write is refused. */
  jwtSecret?: string;
  /** ATLAS_WRITES: false removes the write API (default true). */
  writes?: boolean;
}

/**
 * The executable schema: @neo4j/graphql's generated entity queries plus the custom API's resolvers.
 * Without a driver it is the same schema, which cannot run queries but can check them: the contract
 * test validates the dashboard's and the benchmarks' documents against it with no database.
 */
export async function buildSchema(driver: Driver | undefined, options: SchemaOptions = {}): Promise<AtlasSchema> {
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs: readTypeDefs(),
    driver,
    resolvers,
    // Without a secret, a random key no one holds: no token can verify, so every write is refused.
    features: { authorization: { key: options.jwtSecret ?? randomBytes(32).toString("hex") } },
  });
  const writeApi = options.writes ?? true;
  const generated = await neo4jGraphQL.getSchema();
  fasterDateOutput(generated);
  const schema = writeApi ? generated : withoutMutations(generated);
  return { neo4jGraphQL, schema, writesEnabled: writeApi && Boolean(options.jwtSecret), writeApi };
}
