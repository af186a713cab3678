import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { mentoringCatalogs } from "../mentoring-texts.ts";

// Texts that are only placeholders, or a word that is the same in English ("Mentor"), read alike.
testCatalogCompleteness("mentoring texts", mentoringCatalogs, ["staff.cohortLine", "proposal.pointsLine", "volunteerLink.title", "mentor.title", "staff.mentor"]);
