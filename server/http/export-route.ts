import type { RequestHandler } from "express";
import { asHeavyWork, badInput, network, type ApiContext } from "../api/index.ts";
import { networkFilterInput, networkNodeLimit, readNetworkFilterParams } from "../../contract/network-filter-params.ts";
import { exportNetwork, isExportFormat, exportFormats } from "../export/index.ts";
import { sendRouteError } from "./route-error.ts";

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
      sendRouteError(req, res, error, "export");
    }
  };
}
