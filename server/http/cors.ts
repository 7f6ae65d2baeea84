import type { RequestHandler } from "express";

/**
 * CORS for an allow-list of exact origins (ATLAS_CORS_ORIGINS); with an empty list it adds
 * nothing, so browsers keep other sites' pages from reading any answer. No credentials are
 * allowed: writes carry their token in the Authorization header, which a page must set itself.
 */
export function corsAllowList(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    if (allowed.size === 0) {
      next();
      return;
    }
    // Answers differ by Origin: a shared cache must not hand one origin's answer to another.
    res.vary("Origin");
    const origin = req.headers.origin;
    if (origin === undefined || !allowed.has(origin)) {
      next();
      return;
    }
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Expose-Headers", "RateLimit, RateLimit-Policy, Retry-After");
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined) {
      res.setHeader("Access-Control-Allow-Methods", "GET, POST");
      res.setHeader("Access-Control-Allow-Headers", "authorization, content-type, apollo-require-preflight, x-apollo-operation-name");
      res.setHeader("Access-Control-Max-Age", "600");
      res.status(204).end();
      return;
    }
    next();
  };
}
