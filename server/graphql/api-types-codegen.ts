import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from "graphql";

// The TypeScript of the custom API's types, generated from api.graphql so that the shape of an
// answer is written once (in the schema) and client and server read it from contract/api-types.ts.

/** How each scalar of the API arrives in JSON. Date is @neo4j/graphql's, written YYYY-MM-DD. */
const scalars: Record<string, string> = { ID: "string", String: "string", Date: "string", Int: "number", Float: "number", Boolean: "boolean" };

/** Root and token types: not answers anyone holds. */
const skipped = new Set(["Query", "Mutation", "JWT"]);

function typeScript(type: GraphQLOutputType | GraphQLInputType): string {
  const nonNull = isNonNullType(type);
  const inner = nonNull ? type.ofType : type;
  let text: string;
  if (isListType(inner)) {
    const item = typeScript(inner.ofType);
    text = `${/[ |]/.test(item) ? `(${item})` : item}[]`;
  } else if (isScalarType(inner)) {
    const scalar = scalars[inner.name];
    if (scalar === undefined) throw new Error(`api.graphql uses the scalar ${inner.name}, which api-types-codegen.ts does not map to TypeScript yet.`);
    text = scalar;
  } else {
    text = inner.name;
  }
  return nonNull ? text : `${text} | null`;
}

function doc(description: string | null | undefined, indent: string): string {
  return description ? `${indent}/** ${description.replace(/\*\//g, "*\\/").replace(/\n/g, ` `)} */\n` : "";
}

function member(field: GraphQLField<unknown, unknown> | GraphQLInputField | GraphQLArgument, optional: boolean): string {
  const type = typeScript(field.type);
  const mayBeAbsent = optional && !isNonNullType(field.type);
  return `${doc(field.description, "  ")}  ${field.name}${mayBeAbsent ? "?" : ""}: ${type};\n`;
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** contract/api-types.ts for the SDL of api.graphql. */
export function apiTypesSource(apiSdl: string): string {
  const document = parse(apiSdl);
  // Date comes from @neo4j/graphql and the directives are its; only the shapes matter here.
  const schema = buildASTSchema(parse(`scalar Date\n${apiSdl}`), { assumeValidSDL: true });
  let out =
    "// Generated from server/graphql/api.graphql by server/graphql/write-api-types.ts: do not edit.\n" +
    "// Regenerate with `npm run codegen`; a unit test fails when this file is stale.\n" +
    "// Answers are plain JSON: a nullable field is null (never absent), an input's nullable field may be left out.\n";
  for (const root of ["Query", "Mutation"] as const) {
    const type = root === "Query" ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.args.length === 0) continue;
      out += `\n/** The arguments of ${root}.${field.name}. */\nexport interface ${upperFirst(field.name)}Args {\n`;
      for (const arg of field.args) out += member(arg, true);
      out += "}\n";
    }
  }
  for (const definition of document.definitions) {
    if (!("name" in definition) || !definition.name || skipped.has(definition.name.value)) continue;
    const type = schema.getType(definition.name.value);
    if (isEnumType(type)) {
      const values = type.getValues().map((value) => JSON.stringify(value.name));
      out += `\n${doc(type.description, "")}export type ${type.name} = ${values.join(" | ")};\n`;
      out += `export const ${lowerFirst(type.name)}Values: readonly ${type.name}[] = [${values.join(", ")}];\n`;
    } else if (isObjectType(type)) {
      out += `\n${doc(type.description, "")}export interface ${type.name} {\n`;
      for (const field of Object.values(type.getFields())) out += member(field, false);
      out += "}\n";
    } else if (isInputObjectType(type)) {
      out += `\n${doc(type.description, "")}export interface ${type.name} {\n`;
      for (const field of Object.values(type.getFields())) out += member(field, true);
      out += "}\n";
    }
  }
  return out;
}
