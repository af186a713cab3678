import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { interpretersCatalogs } from "../interpreters-texts.ts";

testCatalogCompleteness("interpreter texts", interpretersCatalogs);
