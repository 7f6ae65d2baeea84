import { ConfigError, loadConfig } from "../server/config.ts";
import { DatabaseUnavailableError } from "../server/db/database.ts";
import { createLogger } from "../server/logger.ts";
import { benchCommand } from "./bench-command.ts";

/**
 * `npm run bench`: the benchmarks' own entry point. They live apart from the product's CLI
 * (server/cli.ts) because they pull in the browser driver and test support, which the product
 * does not ship. The configuration is checked first, as the product's CLI does, so a broken
 * setting is reported before a long run starts.
 */
async function main(args: string[]): Promise<number> {
  loadConfig();
  return benchCommand(createLogger("warn"), args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof DatabaseUnavailableError;
    process.stderr.write(`error: ${known ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`);
    process.exit(1);
  },
);
