import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { settlementCatalogs } from "../settlement-texts.ts";

// Texts that read the same as in English: a placeholder with a unit, and a loanword (pl "Transport").
testCatalogCompleteness("settlement texts", settlementCatalogs, ["run.seconds", "sector.transport"]);
