import type { CatalogShape } from "@velkomst/i18n";
import { settlementNb } from "./nb.ts";

// Placeholder until the translation is written.
export const settlementNn: CatalogShape<typeof settlementNb> = settlementNb;
