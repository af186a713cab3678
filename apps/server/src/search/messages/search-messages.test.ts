import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { searchCatalogs } from "../search-texts.ts";

testCatalogCompleteness("search texts", searchCatalogs);
