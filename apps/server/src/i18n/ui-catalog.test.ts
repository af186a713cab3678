import { testCatalogCompleteness } from "../../test/catalog-completeness.ts";
import { uiCatalogs } from "./ui-translator.ts";

testCatalogCompleteness("UI texts", uiCatalogs, ["meta.siteName", "municipality.countyHeading", "staff.roleIn"]);
