import { existsSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { weakSecretProblem } from "./secret-strength.ts";

/**
 * The project's root folder (the one holding package.json), wherever the process was started. Found
 * by looking up from this file, which is server/config.ts from the sources and dist/server/cli.js
 * from the build: cypher/, data/ and the rest are read from there either way.
 */
export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(dir: string): string {
  if (existsSync(path.join(dir, "package.json"))) return dir;
  const parent = path.dirname(dir);
  if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
  return findProjectRoot(parent);
}

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
  /** Load the Ministry of Education's register of higher-education institutions at start when it is not loaded yet (ATLAS_REGISTER=off skips it). */
  loadRegister: boolean;
  jwtSecret?: string;
  logLevel: string;
  /** NODE_ENV=production: the server refuses to start with a write API nobody could secure. */
  production: boolean;
  /** The write API (reviewAgreement); ATLAS_WRITES=off removes it. */
  writes: boolean;
  /** Requests per minute from one client address; null when ATLAS_RATE_LIMIT=off. */
  rateLimitPerMinute: number | null;
  /** Origins other sites' pages may call the API from (ATLAS_CORS_ORIGINS); none by default. */
  corsOrigins: string[];
  /** Express's "trust proxy": which forwarding proxies' X-Forwarded-For to believe (ATLAS_TRUST_PROXY). */
  trustProxy: TrustProxy;
  /** `start` runs the server under a supervisor that restarts it after a crash (ATLAS_SUPERVISE=off runs it directly). */
  supervise: boolean;
  /** Analytics queries running at once (ATLAS_HEAVY_CONCURRENCY) and waiting for their turn (ATLAS_HEAVY_QUEUE); more are refused as busy. */
  heavyWork: { concurrency: number; queue: number };
  /** GraphQL introspection (__schema, __type), which GraphiQL's documentation reads; ATLAS_INTROSPECTION=off refuses it, whatever NODE_ENV says. */
  introspection: boolean;
  /** ATLAS_RECOMPUTE: the server keeps the stored metrics in step with the graph (off when another server on the same database does). */
  recompute: boolean;
}

/** false, a number of proxy hops, or addresses and subnets (Express's names loopback, linklocal, uniquelocal too). */
export type TrustProxy = false | number | string;

/** A person on the dashboard makes a few requests a second at most; 600 a minute leaves room for a busy view. */
export const defaultRateLimitPerMinute = 600;

/**
 * Analytics queries (network, profile, path, coverage, timeline, briefing, export) running at once:
 * two keep the 2-core machine the project is measured on busy, and more only share its cores while
 * each holds a database connection and worker.
 */
export const defaultHeavyConcurrency = 2;
/** At most half of the driver's pool of 100 connections, so cheap questions always find some. */
export const maxHeavyConcurrency = 50;
/** Analytics queries waiting for their turn: a few people opening views at the same moment. */
export const defaultHeavyQueue = 32;
const maxHeavyQueue = 10_000;


export class ConfigError extends Error {}

function parseOnOff(name: string, text: string | undefined, fallback: boolean): boolean {
  const value = (text ?? "").trim().toLowerCase();
  if (value === "") return fallback;
  if (value === "on") return true;
  if (value === "off") return false;
  throw new ConfigError(`${name} must be "on" or "off", not "${text}"`);
}

function parseRateLimit(text: string | undefined): number | null {
  const value = (text ?? "").trim().toLowerCase();
  if (value === "") return defaultRateLimitPerMinute;
  if (value === "off") return null;
  const perMinute = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(perMinute) || perMinute < 1) {
    throw new ConfigError(`ATLAS_RATE_LIMIT must be a number of requests per minute from one client (a whole number, at least 1) or "off", not "${text}"`);
  }
  return perMinute;
}

function parseWholeNumber(name: string, text: string | undefined, fallback: number, min: number, max: number, meaning: string): number {
  const value = (text ?? "").trim();
  if (value === "") return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new ConfigError(`${name} must be ${meaning}, a whole number from ${min} to ${max}, not "${text}"`);
  }
  return number;
}

function parseCorsOrigins(text: string | undefined): string[] {
  const entries = (text ?? "").split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
  return entries.map((entry) => {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    // Browsers send the Origin header as scheme://host[:port] exactly; anything else (a path, a
    // wildcard, a trailing slash) would never match, or match more than meant.
    if (!url || !["http:", "https:"].includes(url.protocol) || url.origin !== entry) {
      throw new ConfigError(
        `ATLAS_CORS_ORIGINS must list exact origins separated by commas, such as https://planning.example.org,http://localhost:5173 (scheme, host and port only, no path, no wildcard); "${entry}" is not one`,
      );
    }
    return entry;
  });
}

/** Express's names for the private address ranges. */
const trustedProxyNames = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrSubnet(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  // A prefix length, or an IPv4 netmask such as 255.0.0.0.
  if (/^\d+$/.test(prefix)) return Number(prefix) <= (family === 4 ? 32 : 128);
  return family === 4 && isIP(prefix) === 4;
}

function parseTrustProxy(text: string | undefined): TrustProxy {
  const value = (text ?? "").trim();
  if (value === "" || value.toLowerCase() === "off") return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1) return false;
    return hops;
  }
  // "trust every proxy" would let any client pick the address its rate limit is counted under.
  if (["on", "true", "yes", "*"].includes(value.toLowerCase())) {
    throw new ConfigError(
      `ATLAS_TRUST_PROXY must be the number of proxies in front of the server (1 for one reverse proxy) or their addresses (loopback, 10.0.0.5, 10.0.0.0/8), not "${text}": trusting every proxy would let clients choose their own address`,
    );
  }
  const entries = value.split(",").map((entry) => entry.trim());
  const bad = entries.find((entry) => !trustedProxyNames.has(entry) && !isAddressOrSubnet(entry));
  if (bad !== undefined) {
    throw new ConfigError(
      `ATLAS_TRUST_PROXY must be a number of proxies, or addresses and subnets separated by commas (loopback, linklocal, uniquelocal, 10.0.0.5, 10.0.0.0/8, fd00::/8); "${bad}" is none of these`,
    );
  }
  return entries.join(",");
}

/** A port number; 0 asks for any free port (the server reports the one it took). */
function parsePort(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text === "") return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isInteger(port) || port > 65535) {
    throw new ConfigError(`${name} must be a port number from 1 to 65535, or 0 for any free port, not "${text}"`);
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
    loadRegister: parseOnOff("ATLAS_REGISTER", env.ATLAS_REGISTER, true),
    jwtSecret: env.ATLAS_JWT_SECRET || undefined,
    logLevel: env.LOG_LEVEL || "info",
    production: env.NODE_ENV === "production",
    writes: parseOnOff("ATLAS_WRITES", env.ATLAS_WRITES, true),
    rateLimitPerMinute: parseRateLimit(env.ATLAS_RATE_LIMIT),
    corsOrigins: parseCorsOrigins(env.ATLAS_CORS_ORIGINS),
    trustProxy: parseTrustProxy(env.ATLAS_TRUST_PROXY),
    supervise: parseOnOff("ATLAS_SUPERVISE", env.ATLAS_SUPERVISE, true),
    heavyWork: {
      concurrency: parseWholeNumber("ATLAS_HEAVY_CONCURRENCY", env.ATLAS_HEAVY_CONCURRENCY, defaultHeavyConcurrency, 1, maxHeavyConcurrency, "how many analytics queries may run at once"),
      queue: parseWholeNumber("ATLAS_HEAVY_QUEUE", env.ATLAS_HEAVY_QUEUE, defaultHeavyQueue, 0, maxHeavyQueue, "how many analytics queries may wait for their turn"),
    },
    introspection: parseOnOff("ATLAS_INTROSPECTION", env.ATLAS_INTROSPECTION, true),
    recompute: parseOnOff("ATLAS_RECOMPUTE", env.ATLAS_RECOMPUTE, true),
  };
}

/**
 * What `start` refuses before touching anything: in production, a write API whose tokens nobody
 * could check (no secret) or anyone could forge (a secret easy to guess: HS256 tokens can be
 * attacked offline from one token, so it must be worth 128 bits, by its characters, not its
 * length; see secret-strength.ts). Development keeps working without a secret: writes are then
 * refused one by one.
 */
export function checkServerConfig(config: AtlasConfig): void {
  if (!config.production || !config.writes) return;
  if (!config.jwtSecret) {
    throw new ConfigError(
      "NODE_ENV is production and the write API is on, but ATLAS_JWT_SECRET is not set: set it to a random secret (for example `openssl rand -hex 32`), or turn writes off with ATLAS_WRITES=off. See SECURITY.md.",
    );
  }
  const weak = weakSecretProblem("ATLAS_JWT_SECRET", config.jwtSecret);
  if (weak !== undefined) throw new ConfigError(`NODE_ENV is production and ${weak}`);
}
