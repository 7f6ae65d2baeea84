import type { RequestHandler } from "express";
import type { Database } from "../db/index.ts";

/** 200 when the database answers a trivial read within two seconds, 503 otherwise. */
export function healthz(database: Database): RequestHandler {
  return async (_req, res) => {
    const ok = await database.ping(2_000);
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "database unavailable", database: database.uri });
  };
}
