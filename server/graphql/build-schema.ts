import { readFileSync } from "node:fs";
import path from "node:path";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../config.ts";

export const typeDefsPath = path.join(projectRoot, "server", "graphql", "schema.graphql");

export function readTypeDefs(): string {
  return readFileSync(typeDefsPath, "utf8");
}

export interface AtlasSchema {
  neo4jGraphQL: Neo4jGraphQL;
  schema: GraphQLSchema;
}

/** The executable schema: @neo4j/graphql's generated entity queries over schema.graphql. */
export async function buildSchema(driver: Driver): Promise<AtlasSchema> {
  const neo4jGraphQL = new Neo4jGraphQL({ typeDefs: readTypeDefs(), driver });
  const schema = await neo4jGraphQL.getSchema();
  return { neo4jGraphQL, schema };
}
