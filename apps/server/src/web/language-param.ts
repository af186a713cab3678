import { languageCodes } from "@velkomst/i18n";
import { StringEnum } from "@velkomst/validation";

/** The `:lang` path segment of every page: an unknown language fails validation and answers 404. */
export const languageParam = StringEnum(languageCodes);
