/** numpy's legacy random stream: `RandomState` (see random-state.ts). */
export { RandomState } from "./random-state";
export type { Shape } from "./random-state";
