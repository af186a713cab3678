import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { planCatalogs } from "../plan-texts.ts";

testCatalogCompleteness("plan texts", planCatalogs);
