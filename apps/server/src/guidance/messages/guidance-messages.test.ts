import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { guidanceCatalogs } from "../guidance-texts.ts";

// Texts that are only placeholders read the same in every language.
testCatalogCompleteness("guidance texts", guidanceCatalogs, ["case.noteBy"]);
