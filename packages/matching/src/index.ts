export { instanceSchema, resultSchema, type HouseholdExplanation, type SettlementInstance, type SettlementMethod, type SettlementResult, type SolveOptions } from "./settlement-schema.ts";
export { validateInstance } from "./validate-instance.ts";
export { solveSettlement } from "./solve-settlement.ts";
export { greedySettlement } from "./greedy-settlement.ts";
export { solveSettlementInWorker } from "./solve-in-worker.ts";
