import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { skillsProfileCatalogs } from "../skills-profile-texts.ts";

// Patterns of placeholders only, and "CV – name" (Polish uses the word CV too), are the same in every language.
testCatalogCompleteness("skills profile texts", skillsProfileCatalogs, ["cv.period", "cv.level", "cv.documentTitle", "cv.occupationCode"]);
