import type { RequestHandler } from "express";
import { asHeavyWork, defaultCandidatesPerGap, gapList, type ApiContext } from "../api/index.ts";
import { gapListWorkbook, type WorkbookLanguage } from "../export/index.ts";
import { sendRouteError } from "./route-error.ts";

/** A GB/T 2260 code: six digits. Anything else is refused before it reaches the database. */
const regionCodePattern = /^\d{6}$/;

/**
 * GET /api/gaps/<regionCode>.xlsx[?lang=en|zh]: the gap list of the GraphQL query gapList as a
 * workbook download, worded in the language asked for (else the first of Accept-Language that
 * is Chinese, else English).
 */
export function gapsRoute(api: ApiContext): RequestHandler {
  return async (req, res) => {
    const code = String(req.params.regionCode ?? "");
    if (!regionCodePattern.test(code)) {
      res.status(400).type("text/plain").send("The region must be a six-digit GB/T 2260 code, as in /api/gaps/510000.xlsx.\n");
      return;
    }
    const asked = typeof req.query.lang === "string" ? req.query.lang : undefined;
    if (asked !== undefined && asked !== "en" && asked !== "zh") {
      res.status(400).type("text/plain").send("lang must be en or zh.\n");
      return;
    }
    const language: WorkbookLanguage = asked ?? (req.acceptsLanguages("en", "zh") === "zh" ? "zh" : "en");
    try {
      const list = await asHeavyWork(api.heavyWork, () => gapList(api, code, defaultCandidatesPerGap));
      const body = gapListWorkbook(list, language);
      res
        .status(200)
        .attachment(`gaps-${code}.xlsx`)
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .send(body);
    } catch (error) {
      sendRouteError(req, res, error, "gap list workbook");
    }
  };
}
