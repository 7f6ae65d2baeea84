import type { ApiCase } from "../../bench/api-cases.ts";
import { residentMemory } from "../../bench/process-memory.ts";
import { summarize, type Summary } from "../../bench/stats.ts";
import { createRandom, type Random } from "../../server/random.ts";
import { hostileInit, hostileRequests, type HostileContext } from "./hostile-requests.ts";

export interface SoakOptions {
  url: string;
  /** The server's own Node process, whose memory is watched. */
  serverPid: number;
  durationMs: number;
  /** A bound on hostile plus ordinary requests, whichever comes first. */
  maxRequests?: number;
  seed?: number;
  context: HostileContext;
  /** The dashboard's own questions with their variables (bench/api-cases.ts). */
  ordinary: ApiCase[];
  /** Attackers, each from its own address, each sending at most attackerPerMinute requests. */
  attackers?: number;
  /** Below the default rate limit (600 a minute), as in the report that found the memory leak. */
  attackerPerMinute?: number;
  /** Visitors of the dashboard, each from its own address, each asking one question after another. */
  visitors?: number;
  /** A visitor's pause between questions. */
  visitorPauseMs?: number;
  healthEveryMs?: number;
}

/** How each kind of hostile request was answered. */
export interface HostileTally {
  sent: number;
  /** Named refusals, by their extensions.code (and HTTP status). */
  refused: Record<string, number>;
  answered: number;
  /** Answers that are neither a named refusal nor (where allowed) a plain answer; the first few. */
  unnamed: string[];
  unnamedCount: number;
}

export interface SoakReport {
  seconds: number;
  hostile: Record<string, HostileTally>;
  ordinary: {
    answered: number;
    /** Told to come back later (SERVER_BUSY or RATE_LIMITED with Retry-After): a named answer, not an error. */
    busy: number;
    failed: number;
    failures: string[];
    latencyMs: Summary;
    byCase: Record<string, { answered: number; busy: number; p99Ms: number }>;
  };
  health: { ok: number; busy: number; down: number; unanswered: number; downDetails: string[] };
  memory: { startMiB: number; peakMiB: number; endMiB: number; samples: number };
  serverAlive: boolean;
}

/** Codes a refusal must not carry: they say something broke, not which rule refused. */
const unnamedCodes = new Set(["INTERNAL_SERVER_ERROR", "DATABASE_UNAVAILABLE", "QUERY_TIMEOUT"]);

interface Answer {
  status: number;
  code?: string;
  message?: string;
  data?: unknown;
  retryAfterS?: number;
}

async function send(url: string, path: string, init: RequestInit, from: string, timeoutMs: number): Promise<Answer> {
  const response = await fetch(`${url}${path}`, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), "x-forwarded-for": from },
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Not JSON: a plain answer (the boundaries' GeoJSON is JSON too), left as no code.
  }
  const error = Array.isArray(body.errors) ? body.errors[0] : undefined;
  const retryAfter = response.headers.get("retry-after");
  return { status: response.status, code: error?.extensions?.code, message: error?.message, data: body.data, ...(retryAfter ? { retryAfterS: Number(retryAfter) } : {}) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isBusy = (answer: Answer) => (answer.status === 429 || answer.status === 503) && answer.retryAfterS !== undefined && (answer.code === "SERVER_BUSY" || answer.code === "RATE_LIMITED");

/**
 * Attackers and dashboard visitors at once against one running server, for a bounded time and
 * count, on loopback; every address is a client of its own through X-Forwarded-For (the server must
 * trust loopback as its proxy). Watches the server's memory and /healthz throughout.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const { url, context } = options;
  const seed = options.seed ?? 1;
  const started = performance.now();
  const deadline = started + options.durationMs;
  let budget = options.maxRequests ?? Number.POSITIVE_INFINITY;
  const going = () => performance.now() < deadline && budget > 0;
  const take = () => {
    budget -= 1;
    return budget >= 0;
  };

  const hostile: Record<string, HostileTally> = Object.fromEntries(hostileRequests.map((h) => [h.name, { sent: 0, refused: {}, answered: 0, unnamed: [], unnamedCount: 0 }]));
  const attacker = async (index: number, random: Random) => {
    const from = `203.0.113.${index + 1}`;
    const gapMs = 60_000 / (options.attackerPerMinute ?? 300);
    while (going() && take()) {
      const began = performance.now();
      const attack = random.pick(hostileRequests);
      const tally = hostile[attack.name]!;
      tally.sent += 1;
      const { path, init } = await hostileInit(attack, context, random);
      const noteUnnamed = (what: string) => {
        tally.unnamedCount += 1;
        if (tally.unnamed.length < 5) tally.unnamed.push(what);
      };
      try {
        const answer = await send(url, path, init, from, 60_000);
        if (answer.code && !unnamedCodes.has(answer.code) && answer.status >= 200 && answer.message) {
          const key = `${answer.code} (${answer.status})`;
          tally.refused[key] = (tally.refused[key] ?? 0) + 1;
        } else if (attack.mayAnswer && answer.status === 200 && answer.code === undefined && answer.data) tally.answered += 1;
        else noteUnnamed(`${answer.status} ${answer.code ?? "no code"}: ${(answer.message ?? "").slice(0, 160)}`);
      } catch (error) {
        noteUnnamed(`no answer: ${(error as Error).message}`);
      }
      await sleep(Math.max(0, gapMs - (performance.now() - began)));
    }
  };

  const latencies: number[] = [];
  const byCase: Record<string, { answered: number; busy: number; latencies: number[] }> = {};
  const ordinary = { answered: 0, busy: 0, failed: 0, failures: [] as string[] };
  const visitor = async (index: number, random: Random) => {
    const from = `198.51.100.${index + 1}`;
    while (going() && take()) {
      const question = random.pick(options.ordinary);
      const variables = random.pick(question.variables);
      const tally = (byCase[question.name] ??= { answered: 0, busy: 0, latencies: [] });
      const began = performance.now();
      try {
        const answer = await send(url, "/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: question.query, variables }) }, from, 60_000);
        const ms = performance.now() - began;
        if (answer.status === 200 && answer.code === undefined) {
          ordinary.answered += 1;
          tally.answered += 1;
          latencies.push(ms);
          tally.latencies.push(ms);
        } else if (isBusy(answer)) {
          ordinary.busy += 1;
          tally.busy += 1;
          // As the dashboard does: wait as told, then ask again.
          await sleep(Math.min(5, answer.retryAfterS ?? 1) * 1000);
        } else {
          ordinary.failed += 1;
          if (ordinary.failures.length < 10) ordinary.failures.push(`${question.name}: ${answer.status} ${answer.code ?? ""} ${(answer.message ?? "").slice(0, 160)}`);
        }
      } catch (error) {
        ordinary.failed += 1;
        if (ordinary.failures.length < 10) ordinary.failures.push(`${question.name}: no answer: ${(error as Error).message}`);
      }
      await sleep(options.visitorPauseMs ?? 250);
    }
  };

  const health = { ok: 0, busy: 0, down: 0, unanswered: 0, downDetails: [] as string[] };
  const memory = { startMiB: residentMemory(options.serverPid)?.currentMiB ?? Number.NaN, peakMiB: 0, endMiB: Number.NaN, samples: 0 };
  let serverAlive = true;
  const watch = async () => {
    while (performance.now() < deadline && budget > 0) {
      const rss = residentMemory(options.serverPid);
      if (!rss) {
        serverAlive = false;
        return;
      }
      memory.peakMiB = Math.max(memory.peakMiB, rss.currentMiB);
      memory.samples += 1;
      try {
        const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) });
        const body = (await response.json()) as { status?: string };
        if (response.status === 200 && body.status === "busy") health.busy += 1;
        else if (response.status === 200) health.ok += 1;
        else {
          health.down += 1;
          if (health.downDetails.length < 5) health.downDetails.push(`${response.status} ${JSON.stringify(body).slice(0, 200)}`);
        }
      } catch {
        health.unanswered += 1;
      }
      await sleep(options.healthEveryMs ?? 1_000);
    }
  };

  await Promise.all([
    watch(),
    ...Array.from({ length: options.attackers ?? 4 }, (_, i) => attacker(i, createRandom(seed, `soak-attacker-${i}`))),
    ...Array.from({ length: options.visitors ?? 4 }, (_, i) => visitor(i, createRandom(seed, `soak-visitor-${i}`))),
  ]);
  const end = residentMemory(options.serverPid);
  if (!end) serverAlive = false;
  memory.endMiB = end?.currentMiB ?? Number.NaN;
  memory.peakMiB = Math.max(memory.peakMiB, end?.peakMiB ?? 0);
  return {
    seconds: (performance.now() - started) / 1000,
    hostile,
    ordinary: {
      ...ordinary,
      latencyMs: summarize(latencies),
      byCase: Object.fromEntries(Object.entries(byCase).map(([name, t]) => [name, { answered: t.answered, busy: t.busy, p99Ms: summarize(t.latencies).p99 }])),
    },
    health,
    memory,
    serverAlive,
  };
}
