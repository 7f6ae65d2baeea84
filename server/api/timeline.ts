import { read, type ApiContext } from "./api-context.ts";
import { buildTimeline, periodWidth, type PeriodCount, type Timeline, type TimelineInterval } from "./timeline-periods.ts";
import { normaliseNetworkFilter } from "./network-filter.ts";
import type { TimelineFilter as TimelineFilterInput } from "../../contract/api-types.ts";

/** The timeline's filter as api.graphql's TimelineFilter takes it. */
export type { TimelineFilterInput };

/** Agreements per month or year by type: one aggregate read, then the periods laid out in buildTimeline. */
export async function timeline(context: ApiContext, input: TimelineFilterInput | null | undefined, interval: TimelineInterval): Promise<Timeline> {
  // The same lists and dates as the network's filter, checked the same way.
  const filter = normaliseNetworkFilter({ regionCodes: input?.regionCodes, agreementTypes: input?.agreementTypes, chainIds: input?.chainIds, from: input?.from, to: input?.to });
  const params = { agreementTypes: filter.agreementTypes, chainIds: filter.chainIds, regionCodes: filter.regionCodes, width: periodWidth[interval], today: context.today() };
  // One pass over the agreements: kept until the graph changes.
  const rows = await context.analytics.get(`timeline:${JSON.stringify(params)}`, () => read<PeriodCount>(context, "timeline-counts", params));
  return buildTimeline(rows, interval, { from: filter.from, to: filter.to });
}
