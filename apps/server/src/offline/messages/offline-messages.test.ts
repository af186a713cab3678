import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { offlineCatalogs } from "../offline-texts.ts";

testCatalogCompleteness("offline texts", offlineCatalogs);
