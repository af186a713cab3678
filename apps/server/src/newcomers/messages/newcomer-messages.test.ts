import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { newcomerCatalogs } from "../newcomer-texts.ts";

testCatalogCompleteness("newcomer texts", newcomerCatalogs);
