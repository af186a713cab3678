import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { jobMatchingCatalogs } from "../job-matching-texts.ts";

// Texts that are only placeholders, or read alike in Norwegian and English.
testCatalogCompleteness("job matching texts", jobMatchingCatalogs, ["fair.fairLine", "candidate.educationLine"]);
