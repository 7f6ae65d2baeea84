import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import type { Logger } from "../logger.ts";
import { sendJsonError } from "./json-errors.ts";

/**
 * At most `perMinute` requests a minute from one client address (IPv6 clients by their /56, as
 * one household or host usually holds one), counted in this process. Behind a reverse proxy the
 * address is the proxy's unless ATLAS_TRUST_PROXY says how far to believe X-Forwarded-For.
 */
export function clientRateLimit(perMinute: number, logger: Logger): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    // Its configuration warnings (such as X-Forwarded-For arriving with no trusted proxy) go
    // to the server's log rather than the console.
    logger,
    handler: (_req, res) => {
      const retryAfter = res.getHeader("Retry-After");
      sendJsonError(
        res,
        429,
        "RATE_LIMITED",
        `Too many requests: this server answers at most ${perMinute} requests a minute from one address (ATLAS_RATE_LIMIT). Try again in ${retryAfter ?? 60} s.`,
        { limit: "ATLAS_RATE_LIMIT" },
      );
    },
  });
}
