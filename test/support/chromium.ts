import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

// Kept apart from browser-session.ts so the benchmarks can launch the same browser without
// importing the database, ingest and test-server modules that a browser session needs.

/** Debian's Chromium (.ci/run installs it); playwright-core never downloads a browser of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The window the browser tests and the benchmarks draw in, so their numbers compare. */
export const BROWSER_VIEWPORT = { width: 1440, height: 900 } as const;

/** Fails at once, with the fix, when there is no Chromium to launch. */
export function requireChromium(executablePath: string = chromiumPath): void {
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`);
}

/** Headless Chromium as the browser tests and benchmarks use it. */
export async function launchChromium(executablePath: string = chromiumPath): Promise<Browser> {
  requireChromium(executablePath);
  return chromium.launch({
    executablePath,
    // No sandbox: CI and the benchmark machines run as root in containers, where Chromium's sandbox cannot start.
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
