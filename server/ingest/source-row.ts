import { formatOrigin, type Origin } from "../model/index.ts";

/** One data row of a record file: values by header as written, and where the row starts. */
export interface SourceRow {
  at: Origin;
  values: Record<string, string | string[]>;
}

export class RecordFileError extends Error {
  constructor(
    readonly at: Origin,
    message: string,
  ) {
    super(`${formatOrigin(at)}: ${message}`);
  }
}
