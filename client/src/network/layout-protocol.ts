import type { PlacementInput } from './layouts';

/** The page asks the layout worker for a layout, or to drop one it no longer needs. */
export type LayoutRequest =
  | ({ readonly type: 'layout'; readonly jobId: number } & PlacementInput)
  | { readonly type: 'cancel'; readonly jobId: number };

/** The worker answers with positions as they improve, then the final ones. */
export interface LayoutUpdate {
  readonly type: 'progress' | 'done';
  readonly jobId: number;
  /** x then y per node. */
  readonly positions: Float32Array;
  readonly ticks: number;
  readonly totalTicks: number;
}
