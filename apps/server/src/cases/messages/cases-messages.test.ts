import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { casesCatalogs } from "../cases-texts.ts";

// Names and formats that stay the same: the agency NAV, the report's recipient IMDi, a period "{from} – {to}", the format label.
// And "{role}, {municipality}", who read a record.
testCatalogCompleteness("cases texts", casesCatalogs, ["recipients.nav", "list.report", "report.format", "decision.period", "mine.actor"]);
