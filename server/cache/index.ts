// Caches whose entries hold for one version of the graph: the API's analytics and the HTTP answers.
// Other folders import from here; files inside the folder import each other directly.
export { computeOnce, sharedRead, VersionedCache } from "./versioned-cache.ts";
