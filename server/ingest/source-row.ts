import { formatOrigin, type Origin } from "../model/index.ts";
import { message, renderMessage, type Fragment, type Message } from "./messages/index.ts";

/** One data row of a record file: values by header as written, and where the row starts. */
export interface SourceRow {
  at: Origin;
  values: Record<string, string | string[]>;
}

/** A file that cannot be read on: its problem at its place and, as the Error's message, the problem in English. */
export class RecordFileError extends Error {
  readonly problem: Message;
  constructor(
    readonly at: Origin,
    what: Fragment,
  ) {
    const problem = message(formatOrigin(at), what.code, what.values as never) as Message;
    super(renderMessage(problem, "en"));
    this.problem = problem;
  }
}
