import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { contentCatalogs } from "../content-texts.ts";

testCatalogCompleteness("content texts", contentCatalogs);
