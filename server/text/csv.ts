import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";

/**
 * Writing CSV as the record files expect it (RFC 4180, UTF-8, "\n" line ends, a header row, `|`
 * between list values), streamed: rows are gathered into chunks of about 256 KB and written
 * with back-pressure, so a million rows never sit in memory at once.
 */

export type CsvValue = string | number | readonly string[] | undefined;

const needsQuotes = /[",\r\n]|^\s|\s$/;

/** A field quoted when it must be: it holds a comma, quote or line break, or starts or ends with a space. */
export function csvField(value: CsvValue): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = typeof value === "string" ? value : listValue(value);
  if (needsQuotes.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** List values joined with `|`; a value holding `|` itself could not be read back, so it is refused. */
export function listValue(values: readonly string[]): string {
  const text = values.join("|");
  // As many separators as joins, or one of the values held one.
  let separators = 0;
  for (let at = text.indexOf("|"); at >= 0; at = text.indexOf("|", at + 1)) separators++;
  if (separators > Math.max(0, values.length - 1)) {
    const bad = values.find((value) => value.includes("|"));
    throw new Error(`list value "${bad}" holds "|", the list separator`);
  }
  return text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\n`;
}

const chunkChars = 1 << 18;

/**
 * One CSV file, written to `<path>.partial` and renamed into place by `close()`, so a run that
 * fails leaves no half-written file under the real name.
 */
export class CsvFileWriter {
  private readonly stream: WriteStream;
  private readonly partial: string;
  private buffer: string[] = [];
  private buffered = 0;
  private failure: Error | undefined;
  rows = 0;

  constructor(
    private readonly path: string,
    readonly columns: readonly string[],
  ) {
    this.partial = `${path}.partial`;
    this.stream = createWriteStream(this.partial, { encoding: "utf8" });
    this.stream.on("error", (error) => {
      this.failure = error;
    });
    this.push(csvLine(columns));
  }

  /** Adds a row; returns a promise only when the file asks the writer to wait. */
  write(record: Readonly<Record<string, CsvValue>>): Promise<void> | undefined {
    this.rows++;
    return this.push(csvLine(this.columns.map((column) => record[column])));
  }

  private push(line: string): Promise<void> | undefined {
    if (this.failure) throw this.failure;
    this.buffer.push(line);
    this.buffered += line.length;
    if (this.buffered < chunkChars) return undefined;
    return this.flush();
  }

  private flush(): Promise<void> | undefined {
    if (this.buffer.length === 0) return undefined;
    const chunk = this.buffer.join("");
    this.buffer = [];
    this.buffered = 0;
    if (this.stream.write(chunk)) return undefined;
    return new Promise((resolve, reject) => {
      const onDrain = () => {
        this.stream.off("error", onError);
        resolve();
      };
      const onError = (error: Error) => {
        this.stream.off("drain", onDrain);
        reject(error);
      };
      this.stream.once("drain", onDrain);
      this.stream.once("error", onError);
    });
  }

  async close(): Promise<number> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.stream.once("error", reject);
      this.stream.end(() => resolve());
    });
    await rename(this.partial, this.path);
    return this.rows;
  }

  /** Gives up: closes the file and removes what was written. */
  async abort(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (this.stream.destroyed) return resolve();
      this.stream.once("close", () => resolve());
      this.stream.destroy();
    });
    await rm(this.partial, { force: true });
  }
}

/** Writes every record of `records` to `path` and returns how many there were. */
export async function writeCsv(path: string, columns: readonly string[], records: Iterable<Readonly<Record<string, CsvValue>>>): Promise<number> {
  const writer = new CsvFileWriter(path, columns);
  try {
    for (const record of records) {
      const wait = writer.write(record);
      if (wait) await wait;
    }
    return await writer.close();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
