import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { skillsProfileAr } from "./messages/ar.ts";
import { skillsProfileEn } from "./messages/en.ts";
import { skillsProfileNb } from "./messages/nb.ts";
import { skillsProfileNn } from "./messages/nn.ts";
import { skillsProfilePl } from "./messages/pl.ts";
import { skillsProfileUk } from "./messages/uk.ts";

export const skillsProfileCatalogs = { nb: skillsProfileNb, nn: skillsProfileNn, en: skillsProfileEn, uk: skillsProfileUk, pl: skillsProfilePl, ar: skillsProfileAr } as const;

/** The skills profile's and the CV's texts, one cached translator per language. */
export const skillsProfileTexts = catalogTranslators(skillsProfileNb, skillsProfileCatalogs);
export type SkillsProfileTranslator = ReturnType<typeof skillsProfileTexts>;
