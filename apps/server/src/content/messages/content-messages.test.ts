import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { contentCatalogs } from "../content-texts.ts";

// Texts made only of placeholders, and "Status", which is also Polish.
testCatalogCompleteness("content texts", contentCatalogs, ["staff.feedback.comment", "staff.version.status", "staff.history.status"]);
