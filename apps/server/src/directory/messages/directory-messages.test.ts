import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { directoryCatalogs } from "../directory-texts.ts";

testCatalogCompleteness("directory texts", directoryCatalogs);
