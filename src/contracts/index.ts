export * from "./assignments";
export type { InitializationModule, Params } from "./week1/initialization";
