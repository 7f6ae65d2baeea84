import { describe, expect, it } from "vitest";
import { defaultRestartPolicy, planRestart, processIsRunning, type RestartHistory } from "./supervisor.ts";

/** Crashes at the given times, each after serving `servedMs`: the delays planned, or "give up". */
function delaysFor(crashTimes: number[], servedMs: number): (number | "give up")[] {
  let history: RestartHistory = { restartTimes: [], quickCrashes: 0 };
  return crashTimes.map((now) => {
    const decision = planRestart(history, now, servedMs);
    if (!decision.restart) return "give up";
    history = decision.history;
    return decision.delayMs;
  });
}

describe("planRestart", () => {
  it("waits 1 s, then twice as long after each quick crash", () => {
    const policy = { ...defaultRestartPolicy, maxRestarts: 100 };
    let history: RestartHistory = { restartTimes: [], quickCrashes: 0 };
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      const decision = planRestart(history, i * 60 * 60_000, 5_000, policy);
      if (!decision.restart) throw new Error("gave up");
      expect(decision.number).toBe(i + 1);
      history = decision.history;
      delays.push(decision.delayMs);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("starts the backoff over after a server that served a stable while", () => {
    let history: RestartHistory = { restartTimes: [], quickCrashes: 3 };
    const decision = planRestart(history, 0, defaultRestartPolicy.stableMs);
    expect(decision).toMatchObject({ restart: true, delayMs: 1_000 });
    if (decision.restart) history = decision.history;
    expect(planRestart(history, 1, 10)).toMatchObject({ restart: true, delayMs: 2_000 });
  });

  it("gives up after five restarts within ten minutes, and not when they are spread out", () => {
    expect(delaysFor([0, 10_000, 20_000, 30_000, 40_000, 50_000], 5_000)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, "give up"]);
    const hourly = delaysFor([0, 1, 2, 3, 4, 5, 6].map((hour) => hour * 60 * 60_000), defaultRestartPolicy.stableMs);
    expect(hourly).toEqual([1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000]);
  });
});

describe("processIsRunning", () => {
  it("is true for this process and false for a pid nobody has", () => {
    expect(processIsRunning(process.pid)).toBe(true);
    expect(processIsRunning(2 ** 22 + 1)).toBe(false);
  });
});
