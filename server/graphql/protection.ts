import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import type { ApiLimits } from "../api/index.ts";
import { pageSizeLimit } from "./page-size-limit.ts";
import { costLimit } from "./query-cost.ts";

/**
 * The limits of ApiLimits as Apollo Server options: graphql-armor's depth, alias and token limits
 * (checked while validating, before anything runs, each refusal naming its limit), and our cost
 * and page size limits (checked once the operation and its variables are known, before it runs).
 * The transaction timeout is set per request in the context (see app.ts).
 */
export function protection(limits: ApiLimits): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    // graphql-armor's cost multiplies only by a literal `first` or `last`: a `limit`, a page in a
    // variable or a list's default page cost nothing more, so nested lists passed (query-cost.ts).
    costLimit: { enabled: false },
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
  return { plugins: [...armorPlugins, costLimit(limits.maxCost), pageSizeLimit(limits.maxPageSize)], validationRules: armored.validationRules };
}
