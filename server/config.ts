import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder (the one holding package.json), wherever the process was started. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Where the database lives: an external server or cluster, or the embedded one we start ourselves. */
export type DatabaseTarget =
  | { kind: "external"; uri: string; user: string; password: string; database?: string }
  | { kind: "embedded"; home: string; boltPort: number };

export interface AtlasConfig {
  port: number;
  atlasHome: string;
  database: DatabaseTarget;
  /** Load data/sample into an empty database at start (ATLAS_SAMPLE=off disables it). */
  loadSample: boolean;
  jwtSecret?: string;
  logLevel: string;
}

export class ConfigError extends Error {}

function parsePort(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text === "") return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`${name} must be a port number from 1 to 65535, not "${text}"`);
  }
  return port;
}

/** Reads the environment variables of DESIGN.md. Unknown values fail loudly rather than fall back. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AtlasConfig {
  const atlasHome = path.resolve(projectRoot, env.ATLAS_HOME || ".atlas");
  const sample = (env.ATLAS_SAMPLE ?? "on").toLowerCase();
  if (!["on", "off", ""].includes(sample)) {
    throw new ConfigError(`ATLAS_SAMPLE must be "off" (start empty) or unset, not "${env.ATLAS_SAMPLE}"`);
  }
  let database: DatabaseTarget;
  if (env.NEO4J_URI) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(env.NEO4J_URI)) {
      throw new ConfigError(`NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://, not "${env.NEO4J_URI}"`);
    }
    database = {
      kind: "external",
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER || "neo4j",
      password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE || undefined,
    };
  } else {
    database = { kind: "embedded", home: path.join(atlasHome, "neo4j"), boltPort: parsePort("ATLAS_BOLT_PORT", env.ATLAS_BOLT_PORT, 7687) };
  }
  return {
    port: parsePort("PORT", env.PORT, 4000),
    atlasHome,
    database,
    loadSample: sample !== "off",
    jwtSecret: env.ATLAS_JWT_SECRET || undefined,
    logLevel: env.LOG_LEVEL || "info",
  };
}
