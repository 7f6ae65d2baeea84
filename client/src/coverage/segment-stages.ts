/** The stages of a chain, upstream to downstream, as the records name them. */
export const STAGES = ['upstream', 'midstream', 'downstream'] as const;

export type Stage = (typeof STAGES)[number];

/** A stage's place upstream to downstream; segments without a (known) stage come last. */
export function stageRank(stage: string | null | undefined): number {
  const index = (STAGES as readonly (string | null | undefined)[]).indexOf(stage);
  return index === -1 ? STAGES.length : index;
}

export function isStage(stage: string | null | undefined): stage is Stage {
  return stageRank(stage) < STAGES.length;
}

interface Ordered {
  readonly segment: { readonly stage?: string | null; readonly order?: number | null; readonly name: string };
}

/**
 * Segments upstream to downstream: by stage, then by their recorded order, then by name. A chain
 * whose records state no stages keeps its recorded order.
 */
export function orderSegments<T extends Ordered>(segments: readonly T[]): T[] {
  return [...segments].sort(
    (a, b) =>
      stageRank(a.segment.stage) - stageRank(b.segment.stage) ||
      (a.segment.order ?? Number.MAX_SAFE_INTEGER) - (b.segment.order ?? Number.MAX_SAFE_INTEGER) ||
      a.segment.name.localeCompare(b.segment.name),
  );
}
