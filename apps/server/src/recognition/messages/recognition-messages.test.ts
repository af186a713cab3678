import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { recognitionPageCatalogs } from "../recognition-texts.ts";

testCatalogCompleteness("recognition texts", recognitionPageCatalogs);
