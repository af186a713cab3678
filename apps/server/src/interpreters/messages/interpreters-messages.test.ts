import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { interpretersCatalogs } from "../interpreters-texts.ts";

// "Status" is Polish too, and the booking line is placeholders and commas only.
testCatalogCompleteness("interpreter texts", interpretersCatalogs, ["list.status", "change.lead"]);
