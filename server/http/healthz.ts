import type { RequestHandler } from "express";
import type { HeavyWork } from "../api/index.ts";
import type { Database } from "../db/index.ts";

/**
 * Down and busy told apart, for a load balancer or a monitor:
 * - 503 "database unavailable" when no new connection to the database can be made within 2 s
 *   (stopped, unreachable, or hung);
 * - 200 "busy" when it is connected but slow to answer `RETURN 1` (over 1 s), or when the heavy
 *   work is at its limit (the next analytics query would wait), with the heavy work's figures;
 * - 200 "ok" otherwise.
 * The probe connects on its own, outside the pool the queries share, so a pool held by slow
 * queries never makes a database that answers look down.
 */
export function healthz(database: Database, heavyWork: HeavyWork): RequestHandler {
  return async (_req, res) => {
    const probe = await database.probe({ connectMs: 2_000, answerMs: 1_000 });
    if (probe.state === "down") {
      res.status(503).json({ status: "database unavailable", database: database.uri });
      return;
    }
    const busy = probe.state === "busy" || heavyWork.saturated;
    res.status(200).json({
      status: busy ? "busy" : "ok",
      database: database.uri,
      databaseAnswerMs: probe.state === "up" ? probe.ms : null,
      heavyWork: heavyWork.figures,
    });
  };
}
