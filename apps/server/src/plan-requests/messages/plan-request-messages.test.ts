import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { planRequestCatalogs } from "../plan-request-texts.ts";

testCatalogCompleteness("plan request texts", planRequestCatalogs, []);
