// The command line. `npm start` runs it built (dist/server/cli.js, with plain node, once
// scripts/build-if-stale.js has built what was missing or stale). The other commands (`npm run -s
// atlas -- …`, `npm run ingest`, `npm run bench`) run it from the sources through tsx (installed
// with the devDependencies by `npm install`): a command then always runs the code as it is, on a
// fresh clone too, with no build to wait for (ingest needs no dashboard) or to forget after an
// edit. Where only the runtime dependencies are installed (`npm ci --omit=dev` after a build),
// `node dist/server/cli.js <command>` runs them from the build (all but bench).
import { evalExtractCommand } from "./commands/eval-extract.ts";
import { exportCommand } from "./commands/export.ts";
import { extractCommand } from "./commands/extract.ts";
import { generateCommand } from "./commands/generate.ts";
import { ingestCommand } from "./commands/ingest.ts";
import { start } from "./commands/start.ts";
import { tokenCommand } from "./commands/token.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { DatabaseUnavailableError } from "./db/database.ts";
import { createLogger } from "./logger.ts";

const usage = `usage: npm run -s atlas -- <command>
  start                          run the dashboard and API (same as npm start)
  ingest [--dry-run] [--batch-size N] <paths…>
                                 load record files (CSV, JSON) or folders of them
  extract [--format json|evidence] <article>
                                 print the facts found in a press release (.txt, .md, .html)
  eval-extract [--details]       precision, recall and F1 of extract on the annotated sets in eval/
  generate --scale province|national --seed N --out DIR [--province CODE]
                                 write a synthetic dataset in the record format
  export --format graphml|gexf|csv --out FILE [--table links|nodes] [filter…]
                                 write the cooperation network for Gephi, Cytoscape or a
                                 spreadsheet; filter: --regions --labels --types --chains
                                 --from --to --live --limit (as the network query)
  token --subject NAME [--role editor] [--expires 8h]
                                 print a bearer token for writes, signed with ATLAS_JWT_SECRET
  bench [--quick] [--scale S] [--only SECTIONS]
                                 the benchmarks (same as npm run bench); figures in bench/
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  switch (command) {
    case "start":
      await start(config, logger);
      return -1; // keeps running until a signal
    case "ingest":
      return ingestCommand(config, logger, args);
    case "generate":
      return generateCommand(args);
    case "extract":
      return extractCommand(args);
    case "eval-extract":
      return evalExtractCommand(args);
    case "export":
      return exportCommand(config, logger, args);
    case "token":
      return tokenCommand(config, args);
    case "bench": {
      // Loaded only when asked for: the benchmarks pull in the browser driver and test support.
      const { benchCommand } = await import("./commands/bench.ts");
      return benchCommand(createLogger("warn"), args);
    }
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
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof DatabaseUnavailableError;
    process.stderr.write(`error: ${known ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`);
    process.exit(1);
  },
);
