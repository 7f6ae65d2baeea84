// Lint rules: the recommended sets of ESLint and typescript-eslint, and the server's layers.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/*
 * The server's layers, bottom → top. A folder imports only from layers below its own (the bottom
 * layer's members may also use one another: model uses text), and another folder only through
 * its index.ts; files inside a folder import each other directly. config.ts and logger.ts, at
 * server/'s root, serve every layer.
 *
 *   model, text, random, regions, cache   vocabulary, reference data and caches: no database
 *   → db, extract, analytics, generate, export
 *   → ingest, api
 *   → metrics (the recompute: api's coverage, stored for api to read)
 *   → graphql → http → commands → cli (server/cli.ts)
 *
 * Nothing in server/ imports bench/ or test/, except that test files may use test/support/.
 * server/layers.test.ts shows the rules catching what they should. (Dynamic import() is not
 * checked by no-restricted-imports; the server's only ones across folders are cli.ts's of
 * commands/index.ts and db/index.ts, through index.ts as the rules ask, made once the supervisor
 * is out of the way so that it loads none of the server.)
 */
const serverLayers = [["model", "text", "random", "regions", "cache"], ["db", "extract", "analytics", "generate", "export"], ["ingest", "api"], ["metrics"], ["graphql"], ["http"], ["commands"], ["cli"]];
/** Beyond the order: the database layer knows no region data (loading the regions is ingest's work). */
const alsoForbidden = { db: ["regions"] };
/** Layers that are files at server/'s root, not folders. */
const rootFileLayers = new Set(["random", "cli"]);
const serverFolders = serverLayers.flat().filter((name) => !rootFileLayers.has(name));

/** What a layer may not import: the layers above it, the others of its own (but in the bottom one), and its exceptions. */
function layersAbove(name) {
  // config.ts, logger.ts and client-build.ts, at server/'s root, serve every layer: they import none.
  if (name === "root") return serverLayers.flat();
  const level = serverLayers.findIndex((layer) => layer.includes(name));
  const above = serverLayers.flatMap((layer, at) => (at > level || (at === level && level > 0) ? layer : [])).filter((other) => other !== name);
  return [...above, ...(alsoForbidden[name] ?? [])];
}

/** The no-restricted-imports patterns for one layer's files; `prefix` is how they reach server/ ("./" from its root, "../" once or more from a folder). */
function layerPatterns(name, { prefix, testFile }) {
  const above = layersAbove(name);
  const target = (other) => (rootFileLayers.has(other) ? `${other}\\.ts$` : `${other}(/|$)`);
  const others = serverFolders.filter((other) => other !== name);
  return [
    { regex: `^(\\.\\./)+bench(/|$)`, message: "the product does not ship the benchmarks: nothing in server/ imports bench/." },
    testFile
      ? { regex: `^(\\.\\./)+test/(?!support/)`, message: "a unit test may use test/support/, nothing else of test/." }
      : { regex: `^(\\.\\./)+test(/|$)`, message: "only test files may import test/ (and only test/support/)." },
    ...(above.length === 0
      ? []
      : [
          {
            regex: `^${prefix}(${above.map(target).join("|")})`,
            message: `${name === "root" ? "server/'s root files" : name} may not import ${above.join(", ")}: a layer imports only the layers below it (the order is at the top of eslint.config.js).`,
          },
        ]),
    {
      regex: `^${prefix}(${others.join("|")})/(?!index\\.ts$)`,
      message: "import another server folder through its index.ts, its public face, not one of its files.",
    },
  ];
}

const testFiles = ["**/*.test.ts"];
/** One block for a layer's source files, one for its tests (a later block's patterns would replace an earlier one's, not add to them). */
const layerBlocks = (name, files, prefix, ignores = []) => [
  { files, ignores: [...ignores, ...testFiles], rules: { "no-restricted-imports": ["error", { patterns: layerPatterns(name, { prefix, testFile: false }) }] } },
  { files: files.map((glob) => glob.replace(/\.ts$/, ".test.ts")), ignores, rules: { "no-restricted-imports": ["error", { patterns: layerPatterns(name, { prefix, testFile: true }) }] } },
];
const serverLayerRules = [
  ...serverFolders.flatMap((folder) => layerBlocks(folder, [`server/${folder}/**/*.ts`], "(\\.\\./)+")),
  ...layerBlocks("cli", ["server/cli.ts"], "\\./"),
  ...layerBlocks("random", ["server/random.ts"], "\\./"),
  ...layerBlocks("root", ["server/*.ts"], "\\./", ["server/cli.ts", "server/random.ts", "server/random.test.ts"]),
];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".atlas/", "server/embedded-neo4j/target/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // One way to change the graph: changeGraph (server/db/change-graph.ts). Transactions and the raw
    // driver stay inside db/; only the start hands the driver to @neo4j/graphql.
    files: ["server/**/*.ts"],
    ignores: ["server/db/**", "server/commands/start.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[property.name='driverForGraphQL']", message: "Only the start hands the driver to @neo4j/graphql (server/commands/start.ts)." },
        { selector: "MemberExpression[property.name=/^(writeTransaction|runAutoCommit)$/]", message: "Change the graph through changeGraph (server/db/index.ts), which versions the change and keeps the projection." },
      ],
    },
  },
  {
    // contract/ holds what the client and the server share, and runs in both: it imports neither, nor Node's modules.
    files: ["contract/**/*.ts"],
    ignores: ["contract/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/server/**", "**/client/**"], message: "contract/ is shared by the client and the server: it imports from neither." },
            { group: ["node:*"], message: "contract/ runs in the browser too: no Node modules." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  ...serverLayerRules,
);
