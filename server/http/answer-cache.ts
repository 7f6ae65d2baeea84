import { createHash } from "node:crypto";
import { gzip } from "node:zlib";
import type { NextFunction, Request, Response } from "express";
import { getOperationAST, Kind, parse } from "graphql";
import { VersionedCache } from "../cache/index.ts";

/** What the cache needs from the API: the graph's version and today's date, which together date an answer. */
export interface AnswerCacheSource {
  /** The version for this request (the app keeps the read for the request's resolvers). */
  graphVersion(request: Request): Promise<number>;
  today(): string;
}

export interface AnswerCacheOptions {
  /** Most bytes of answers kept, keys included (default 64 MiB); the least recently used go first. */
  maxBytes?: number;
  /** Most bytes of the record of which query texts are queries (default 1 MiB, about 10,000 texts). */
  maxQueryKindBytes?: number;
  /** How long to wait for the graph's version before answering without the cache (default 2 s). */
  versionWaitMs?: number;
}

/** The graph's version, or a rejection once `ms` have passed: a hung database must not hold requests here. */
function versionWithin(source: AnswerCacheSource, request: Request, ms: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("the graph's version did not come in time")), ms);
  });
  return Promise.race([source.graphVersion(request), late]).finally(() => clearTimeout(timer));
}

/** An answer as sent: its bytes, the ETag Express gave them (absent when ETags are off), and the bytes gzipped. */
interface KeptAnswer {
  body: Buffer;
  etag?: string;
  /** Absent for answers too small to gain from it. */
  gzipped?: Buffer;
}

/** Answers smaller than this are kept and sent as they are: a gzip header and table would outweigh the saving. */
const gzipFromBytes = 1024;

/** The answer gzipped off the event loop (zlib runs in libuv's thread pool); small ones as they are. */
function keptAnswer(body: Buffer, etag: string | undefined): Promise<KeptAnswer> {
  if (body.length < gzipFromBytes) return Promise.resolve({ body, etag });
  return new Promise((resolve, reject) => gzip(body, (error, gzipped) => (error ? reject(error) : resolve({ body, etag, gzipped }))));
}

/** The sha256 of a text, as a short key: a cache keyed by it never holds the text itself. */
function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

/** Fields whose answer changes without the graph changing: a query asking one is never kept. */
const liveFields = new Set(["metricsStatus"]);

/**
 * Whether a query text is one read-only operation (parsed once per distinct text), remembered by
 * the hash of the text and sized in bytes: a client sending distinct long texts leaves a few dozen
 * bytes each, never the text.
 */
class QueryKinds {
  // A key of 43 characters and a boolean, with what a Map entry costs besides: about 100 bytes.
  private readonly kinds: VersionedCache<boolean>;

  constructor(maxBytes: number) {
    this.kinds = new VersionedCache<boolean>({ maxSize: maxBytes, sizeOf: (_, key) => key.length + 64 });
    this.kinds.get(0, ""); // one version for ever: whether a text is a query does not change with the graph
  }

  get bytes(): number {
    return this.kinds.totalSize;
  }

  isQuery(text: string, operationName: string | undefined): boolean {
    const key = hashOf(`${operationName ?? ""}\u0000${text}`);
    let isQuery = this.kinds.get(0, key);
    if (isQuery === undefined) {
      try {
        const operation = getOperationAST(parse(text), operationName);
        // metricsStatus reports a recompute's progress, which moves while the graph does not.
        isQuery = operation?.operation === "query" && !operation.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || liveFields.has(s.name.value));
      } catch {
        isQuery = false; // Apollo answers the syntax error; nothing to keep
      }
      this.kinds.set(0, key, isQuery);
    }
    return isQuery;
  }
}

/**
 * Whole answers of `/graphql`, kept as the bytes sent, until the graph changes. The key is the
 * request (query, operation, variables) and today's date (which decides what is live); answers are
 * kept for one graph version (bumped by every ingest or review, from any process), so no answer
 * outlives the graph it was computed from. Only anonymous read-only queries answered 200 without errors are kept: a
 * request with a token, a mutation, a refusal or a timeout always goes through Apollo, and so does
 * any request that has not been answered before (with every limit checked).
 *
 * Why not Apollo's response-cache plugin: it keeps the result object and serialises it again on
 * every hit, which for the network view's answer (1.5 MB at national scale) costs 60–140 ms of a
 * single-threaded server; sending kept bytes costs about one millisecond.
 *
 * The ETag Express computed for the first answer is kept with it and sent again: left to Express,
 * every hit hashed the whole body anew, which under 200 clients was a quarter of the server's work.
 * A kept answer is also gzipped once, and sent so to every client that accepts it (browsers all
 * do): the country's network shrinks about tenfold, and no hit pays for compressing. An answer is
 * kept once its gzip is done; until then, a few milliseconds, a repeat goes through Apollo.
 */
export function answerCache(source: AnswerCacheSource, options: AnswerCacheOptions = {}) {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const versionWaitMs = options.versionWaitMs ?? 2_000;
  // One answer may take at most a quarter of the room, so a few huge ones cannot push out the rest.
  const answers = new VersionedCache<KeptAnswer>({ maxSize: maxBytes, sizeOf: (kept, key) => key.length + kept.body.length + (kept.gzipped?.length ?? 0) + (kept.etag?.length ?? 0), maxValueSize: maxBytes / 4 });
  const kinds = new QueryKinds(options.maxQueryKindBytes ?? 1024 * 1024);

  const middleware = async (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
    if (req.method !== "POST" || req.headers.authorization || typeof body?.query !== "string" || !kinds.isQuery(body.query, typeof body.operationName === "string" ? body.operationName : undefined)) {
      return next();
    }
    let key: string;
    let version: number;
    try {
      const request = JSON.stringify([body.query, body.operationName ?? null, body.variables ?? null]);
      version = await versionWithin(source, req, versionWaitMs);
      key = `${source.today()}:${hashOf(request)}`;
    } catch {
      // No version, no key (the database may be down or hung): Apollo answers, and says what went wrong.
      return next();
    }
    const kept = answers.get(version, key);
    if (kept) {
      res.setHeader("x-atlas-answer", "kept");
      // Express then does not hash the body again.
      if (kept.etag) res.setHeader("ETag", kept.etag);
      res.type("application/json");
      if (kept.gzipped) {
        res.vary("Accept-Encoding");
        if (req.acceptsEncodings("gzip", "identity") === "gzip") {
          res.setHeader("Content-Encoding", "gzip");
          res.send(kept.gzipped);
          return;
        }
      }
      res.send(kept.body);
      return;
    }
    const send = res.send.bind(res);
    res.send = (sent: unknown) => {
      const answer = res.statusCode === 200 && (typeof sent === "string" || Buffer.isBuffer(sent)) ? (Buffer.isBuffer(sent) ? sent : Buffer.from(sent)) : undefined;
      // The bytes go out as made here: Express would encode the text again for its ETag and the socket.
      const sentResponse = send(answer ?? sent);
      // An answer with errors (a timeout, a refused limit, a bad id) is never kept.
      if (answer && !answer.includes('"errors":')) {
        const etag = res.getHeader("ETag");
        // Not kept if it cannot be gzipped: the next request asks Apollo again.
        keptAnswer(answer, typeof etag === "string" ? etag : undefined).then(
          (value) => answers.set(version, key, value),
          () => undefined,
        );
      }
      return sentResponse;
    };
    next();
  };
  /** The bytes kept: answers (with their keys) and the record of query kinds. */
  const bytes = () => ({ answers: answers.totalSize, queryKinds: kinds.bytes });
  return Object.assign(middleware, { bytes });
}
