import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { newcomerTeamAr } from "./messages/ar.ts";
import { newcomerTeamEn } from "./messages/en.ts";
import { newcomerTeamNb } from "./messages/nb.ts";
import { newcomerTeamNn } from "./messages/nn.ts";
import { newcomerTeamPl } from "./messages/pl.ts";
import { newcomerTeamUk } from "./messages/uk.ts";

export const newcomerTeamCatalogs = { nb: newcomerTeamNb, nn: newcomerTeamNn, en: newcomerTeamEn, uk: newcomerTeamUk, pl: newcomerTeamPl, ar: newcomerTeamAr } as const;

/** The newcomer-team module's texts (the "Ny i Norge" theme evenings), one cached translator per language. */
export const newcomerTeamTexts = catalogTranslators(newcomerTeamNb, newcomerTeamCatalogs);
