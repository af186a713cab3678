import { testEngines } from "../../test/test-database.ts";
import { settlementCycleTests } from "./settlement-cycle.scenario.ts";

for (const engine of testEngines.filter((e) => e === "pglite")) settlementCycleTests(engine);
