// The command line. `npm start` runs it built (dist/server/cli.js, with plain node, once
// scripts/build-if-stale.js has built what was missing or stale). The other commands (`npm run -s
// atlas -- …`, `npm run ingest`) run it from the sources through tsx (installed with the
// devDependencies by `npm install`): a command then always runs the code as it is, on a fresh
// clone too, with no build to wait for (ingest needs no dashboard) or to forget after an edit.
// Where only the runtime dependencies are installed (`npm ci --omit=dev` after a build),
// `node dist/server/cli.js <command>` runs them from the build. The benchmarks have their own
// entry (bench/cli.ts, `npm run bench`), outside the product.
//
// `start` runs the supervisor (server/supervisor.ts), which runs this same script with `serve` as
// a child process and restarts it after a crash; ATLAS_SUPERVISE=off serves in this process. The
// commands are imported only once the supervisor is out of the way, so it loads none of them.
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { superviseServer } from "./supervisor.ts";

const usage = `usage: npm run -s atlas -- <command>
  start                          run the dashboard and API (same as npm start), restarted after a
                                 crash (ATLAS_SUPERVISE=off: no supervisor)
  ingest [--dry-run] [--batch-size N] [--skip-unknown] [--on-conflict keep|replace|separate] [--by NAME] <paths…>
                                 load record files (CSV, Excel workbooks, JSON), articles, or folders of them;
                                 --dry-run prints the preview (kinds, problems, conflicts, changes) and writes nothing
  import list [--limit N]        the imports recorded (changesets): who, when, files, counts
  import undo <id> [--by NAME]   undo one import as a whole (refused while a later import changed the same records)
  register                       load the Ministry of Education's register of higher-education
                                 institutions (2025, 3,167 schools) without starting the server;
                                 the first start does it too (unless ATLAS_REGISTER=off)
  extract [--format json|evidence] <article>
                                 print the facts found in a press release (.txt, .md, .html)
  eval-extract [--details]       precision, recall and F1 of extract on the annotated sets in eval/
  eval-extract --corpus DIR [--allow-missing]
                                 the same on the real articles of eval/corpus (texts in DIR); writes eval/results.json
  train-confidence --corpus DIR [--allow-missing]
                                 fit the agreements' confidence on the corpus' dev split; writes
                                 server/extract/agreement-confidence-model.ts
                                 (--allow-missing: leave out, and name, articles whose texts are not in DIR)
  generate --scale province|national --seed N --out DIR [--province CODE]
                                 write a synthetic dataset in the record format
  export --format graphml|gexf|csv --out FILE [--table links|nodes] [filter…]
                                 write the cooperation network for Gephi, Cytoscape or a
                                 spreadsheet; filter: --regions --labels --types --chains
                                 --from --to --live --limit (as the network query)
  token --subject NAME [--role editor] [--expires 8h]
                                 print a bearer token for writes (expiring within 30d), signed with ATLAS_JWT_SECRET
  bench                          the benchmarks are not part of the product: npm run bench
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (command === "start" && config.supervise) {
    return superviseServer({ script: process.argv[1]!, args: ["serve"], env: process.env, port: config.port, logger });
  }
  const { evalExtractCommand, exportCommand, extractCommand, generateCommand, importCommand, ingestCommand, registerCommand, start, tokenCommand, trainConfidenceCommand } = await import("./commands/index.ts");
  switch (command) {
    case "start":
      await start(config, logger);
      return -1; // keeps running until a signal
    case "serve":
      // The server under the supervisor (not for people: `start` runs it); it reports to the supervisor over IPC.
      await start(config, logger, { supervised: typeof process.send === "function" });
      return -1;
    case "ingest":
      return ingestCommand(config, logger, args);
    case "import":
      return importCommand(config, logger, args);
    case "register":
      return registerCommand(config, logger, args);
    case "generate":
      return generateCommand(args);
    case "extract":
      return extractCommand(args);
    case "eval-extract":
      return evalExtractCommand(args);
    case "train-confidence":
      return trainConfidenceCommand(args);
    case "export":
      return exportCommand(config, logger, args);
    case "token":
      return tokenCommand(config, args);
    case "bench":
      // The benchmarks have their own entry point (bench/cli.ts), so the product does not ship them.
      process.stderr.write("the benchmarks are run by npm run bench [-- --quick] [--scale S] [--only SECTIONS]\n");
      return 2;
    case undefined:
    case "help":
    case "--help":
      process.stdout.write(usage);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`unknown command "${command}"\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  async (error: unknown) => {
    const { DatabaseUnavailableError } = await import("./db/index.ts");
    const known = error instanceof ConfigError || error instanceof DatabaseUnavailableError;
    process.stderr.write(`error: ${known ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`);
    process.exit(1);
  },
);
