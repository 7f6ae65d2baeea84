// The GraphQL schema over the database and the API, its error formatting and protection.
// Other folders import from here; files inside the folder import each other directly.
export { buildSchema, type AtlasSchema } from "./build-schema.ts";
export {
  checkEditorToken,
  editorTokenForMutations,
  maxTokenLifetimeSeconds,
  signEditorToken,
  tokenAudience,
  tokenIssuer,
  type Editor,
  type TokenCheck,
} from "./editor-token.ts";
export { documentCache } from "./document-cache.ts";
export { forbiddenMessage, formatError, unauthenticatedMessage } from "./format-error.ts";
export { introspectionOffMessage, refuseIntrospection } from "./introspection.ts";
export { protection } from "./protection.ts";
export type { RequestContext } from "./resolvers.ts";
export { refuseWrites, writesOffMessage } from "./write-api.ts";
