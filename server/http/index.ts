// The HTTP server: the dashboard, GraphQL and the plain routes.
// Other folders import from here; files inside the folder import each other directly.
export { createHttpServer } from "./app.ts";
