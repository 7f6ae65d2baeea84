import type { RequestHandler } from "express";
import { GraphQLError } from "graphql";
import { asHeavyWork, badInput, network, serverBusyCode, type ApiContext } from "../api/index.ts";
import { networkFilterInput, networkNodeLimit, readNetworkFilterParams } from "../../contract/network-filter-params.ts";
import { exportNetwork, isExportFormat, exportFormats } from "../export/index.ts";

/**
 * GET /api/export?format=graphml|gexf|csv[&table=links|nodes] with the network query's filter in
 * the query string (regions, labels, types, chains, from, to, live, limit), as a file download.
 * Without a limit it exports the largest network the API serves (5,000 nodes), cut to its
 * strongest part when larger, as the file's description says.
 */
export function exportRoute(api: ApiContext): RequestHandler {
  return async (req, res) => {
    const params = new URLSearchParams(req.url.slice(req.url.indexOf("?") + 1));
    const format = params.get("format") ?? "";
    if (!isExportFormat(format)) {
      res.status(400).type("text/plain").send(`format must be one of ${Object.keys(exportFormats).join(", ")}.\n`);
      return;
    }
    const table = params.get("table") ?? "links";
    if (table !== "links" && table !== "nodes") {
      res.status(400).type("text/plain").send("table must be links or nodes.\n");
      return;
    }
    try {
      const filter = readNetworkFilterParams((name) => params.get(name));
      if (filter.problems.length > 0) throw badInput(filter.problems.join(" "));
      // The network's analytics: through the pool and queue of heavy work, as the network query is.
      const result = await asHeavyWork(api.heavyWork, () => network(api, networkFilterInput(filter.params, networkNodeLimit.max)));
      const file = exportNetwork(result, format, { table });
      const name = `alliance-atlas-network${format === "csv" ? `-${table}` : ""}.${file.extension}`;
      // attachment() sets a type from the file name; ours goes after it.
      res.status(200).attachment(name).type(file.contentType).send(file.body);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === serverBusyCode) {
        res.status(503).set("Retry-After", String(error.extensions.retryAfterSeconds)).type("text/plain").send(`${error.message}\n`);
        return;
      }
      if (error instanceof GraphQLError && error.extensions.code !== undefined) {
        res.status(400).type("text/plain").send(`${error.message}\n`);
        return;
      }
      req.log?.error({ err: error }, "export failed");
      res.status(500).type("text/plain").send("The export failed; see the server log.\n");
    }
  };
}
