import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { newcomerTeamCatalogs } from "../newcomer-team-texts.ts";

testCatalogCompleteness("newcomer team texts", newcomerTeamCatalogs);
