import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * The Content-Security-Policy of every answer. The dashboard and GraphiQL are built into
 * same-origin files, so scripts come only from this server and no inline script or event
 * attribute runs: an injected <script> or onerror= does nothing. Inline styles stay allowed
 * (Observable Plot writes a <style> into each chart, graphiql.html has one), as do data: images
 * (the PNG export draws the chart's SVG as one). Nothing is fetched from another host: the map's
 * boundaries come from /api/boundaries.
 */
export const contentSecurityPolicy = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "script-src-attr": ["'none'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/**
 * helmet's headers with the policy above. helmet's default upgrade-insecure-requests is left
 * out: every URL the pages load is same-origin and relative, so it would change nothing behind
 * TLS, while on plain HTTP over a network address (a dashboard on a LAN) it would send the
 * browser to https:// for every script and break the page.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    xFrameOptions: { action: "deny" },
  });
}
