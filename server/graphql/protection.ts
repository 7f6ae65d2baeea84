import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import type { ApiLimits } from "../api/index.ts";
import { pageSizeLimit } from "./page-size-limit.ts";

/**
 * The limits of ApiLimits as Apollo Server options: graphql-armor's depth, cost, alias and token
 * limits (checked while validating, before anything runs, each refusal naming its limit), and the
 * page size limit. The transaction timeout is set per request in the context (see app.ts).
 */
export function protection(limits: ApiLimits): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    costLimit: { maxCost: limits.maxCost },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: 20 },
    // Field suggestions in errors ("did you mean …") would list the schema to someone who may not
    // introspect; the schema is public here (GraphiQL), so they stay on as a help.
    blockFieldSuggestion: { enabled: false },
  });
  const armored = armor.protect();
  // graphql-armor is typed against @apollo/server's CommonJS build, this project imports the ES
  // module build: the same plugin interface, declared twice.
  const armorPlugins = armored.plugins as unknown as ApolloServerPlugin[];
  return { plugins: [...armorPlugins, pageSizeLimit(limits.maxPageSize)], validationRules: armored.validationRules };
}
