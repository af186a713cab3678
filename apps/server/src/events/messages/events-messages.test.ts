import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { eventsCatalogs } from "../events-texts.ts";

// Texts that are only placeholders read the same in every language.
testCatalogCompleteness("events texts", eventsCatalogs, ["event.organiserLine", "event.signUpFor", "staff.takenUnlimited"]);
