import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Router } from "express";

/** The dashboard's views (DESIGN.md, "HTTP"); each is a client-side route of index.html. */
export const viewRoutes = ["/", "/organizations", "/network", "/coverage", "/map", "/timeline", "/briefing", "/review", "/import", "/org/:id"];

/**
 * Serves the built client (dist/client): files as they are, the view routes as index.html so a
 * shared link opens the right view, and the offline GraphQL IDE at /graphiql.
 */
export function clientAssets(clientDir: string): Router {
  const router = express.Router();
  const index = path.join(clientDir, "index.html");
  if (!existsSync(index)) {
    router.get(viewRoutes, (_req, res) => {
      res.status(503).type("text/plain").send(`The dashboard is not built: ${index} is missing. Run \`npm run build\`.`);
    });
    return router;
  }
  router.use(express.static(clientDir, { index: false, maxAge: "1h" }));
  router.get(viewRoutes, (_req, res) => res.sendFile(index));
  router.get("/graphiql", (_req, res) => res.sendFile(path.join(clientDir, "graphiql.html")));
  // Any other page a browser asks for: the dashboard's own "not found" view (its header, its
  // language, links back), with the status 404, rather than Express's bare "Cannot GET". Files,
  // the API and programs (no text/html in Accept) still get a plain 404.
  router.get(/^\/(?!api\/|graphql|healthz)[^.]*$/, (req, res, next) => {
    if (!req.accepts("html") || req.accepts(["json", "html"]) === "json") {
      next();
      return;
    }
    res.status(404).sendFile(index);
  });
  return router;
}
