import { pino, type Logger } from "pino";

/** Structured JSON logs on stderr, so stdout stays free for command output (extract, export). */
export function createLogger(level = "info"): Logger {
  return pino({ level, base: { service: "alliance-atlas" } }, pino.destination(2));
}

export type { Logger };
