import autocannon from "autocannon";
import type { ApiCase, ApiCaseName } from "./api-cases.ts";
import { round } from "./stats.ts";

export interface LoadFigures {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Connection errors and timeouts, answers other than 2xx, and 200 answers carrying GraphQL errors: the goal is none of any. */
  errors: number;
  graphqlErrors: number;
  timeouts: number;
  non2xx: number;
}

/**
 * How often each question comes up in a dashboard session: every keystroke in a search box asks
 * again, every other view asks once. The mix cycles through the API cases' variables in this ratio.
 */
export const dashboardMix: Record<ApiCaseName, number> = { search: 3, network: 1, country: 1, coverage: 1, matrix: 1, profile: 1, timeline: 1, briefing: 1 };

/** The request bodies of the mix, interleaved so every connection meets every kind of question. */
export function mixedRequests(cases: readonly ApiCase[], mix: Record<ApiCaseName, number> = dashboardMix, onGraphqlError?: () => void): autocannon.Request[] {
  const queues = cases.flatMap((apiCase) => Array.from({ length: mix[apiCase.name] ?? 0 }, () => apiCase));
  const rounds = Math.max(...cases.map((c) => c.variables.length));
  const requests: autocannon.Request[] = [];
  for (let pass = 0; pass < rounds; pass++) {
    for (const [slot, apiCase] of queues.entries()) {
      const variables = apiCase.variables[(pass * (mix[apiCase.name] ?? 1) + slot) % apiCase.variables.length];
      requests.push({
        method: "POST",
        path: "/graphql",
        // As the dashboard's browser asks: it accepts gzip, which the server uses for the answers it keeps.
        headers: { "content-type": "application/json", "accept-encoding": "gzip, deflate, br" },
        body: JSON.stringify({ query: apiCase.query, variables }),
        onResponse: (status, body, _context, headers) => {
          // GraphQL reports a refused or timed-out query inside a 200 answer: count those too. Only
          // kept answers come gzipped, and an answer with errors is never kept (answer-cache.ts).
          if (status === 200 && headers?.["content-encoding"] !== "gzip" && body.includes('"errors"')) onGraphqlError?.();
        },
      });
    }
  }
  return requests;
}

/** `connections` clients asking the mix back to back for `seconds`, on loopback. */
export async function benchLoad(options: { serverUrl: string; cases: readonly ApiCase[]; connections: number; seconds: number }): Promise<LoadFigures> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url: options.serverUrl,
    connections: options.connections,
    duration: options.seconds,
    requests: mixedRequests(options.cases, dashboardMix, () => (graphqlErrors += 1)),
    timeout: 30,
  });
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average),
    p50Ms: round(result.latency.p50),
    p99Ms: round(result.latency.p99),
    maxMs: round(result.latency.max),
    errors: result.errors,
    graphqlErrors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
