import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { trainingCatalogs } from "../training-texts.ts";

// CEFR levels, and a record in one line (placeholders and punctuation only), read the same in every language.
testCatalogCompleteness("training texts", trainingCatalogs, ["level.A1", "level.A2", "level.B1", "level.B2", "level.C1", "level.C2", "correction.resultRecord", "correction.resultRecordWithTest", "correction.exemptionRecord"]);
