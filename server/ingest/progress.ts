/** Reports how far a long load is. */
export type ProgressReporter = (done: number, total: number, label: string) => void;

/**
 * A one-line progress bar on a terminal's stderr, redrawn at most every 200 ms; nothing when
 * stderr is not a terminal (CI logs, pipes), where the summary at the end is what counts.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (!stream.isTTY) return () => undefined;
  const started = Date.now();
  let lastDraw = 0;
  return (done, total, label) => {
    const now = Date.now();
    if (done < total && now - lastDraw < 200) return;
    lastDraw = now;
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const rate = Math.round(done / Math.max((now - started) / 1000, 0.001));
    stream.write(`\r${label.padEnd(14)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done.toLocaleString("en")}/${total.toLocaleString("en")} rows, ${rate.toLocaleString("en")} rows/s\x1b[K`);
    if (done >= total) stream.write("\n");
  };
}
