import { Button } from "@digdir/designsystemet-react";
import { FormField } from "../web/components/form-field.tsx";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";

/** Names are short; a longer query is not a municipality's name. */
export const maxFinderQueryLength = 60;

/**
 * Finds a municipality by name: a plain GET form to the list of municipalities (no script needed);
 * with script, `municipality-finder.js` suggests matching municipalities as the reader types.
 */
export function MunicipalityFinderForm({ query = "" }: { query?: string }) {
  const { t, lang } = usePage();
  return (
    <form role="search" method="get" action={paths.municipalities(lang)} className="search-form municipality-finder" data-suggest-from="/api/v1/municipalities">
      <FormField
        id="municipality-query"
        name="sok"
        type="search"
        label={t("municipality.findLabel")}
        hint={t("municipality.findHint")}
        defaultValue={query}
        maxLength={maxFinderQueryLength}
        autoComplete="off"
        enterKeyHint="search"
      />
      <Button type="submit">{t("municipality.findSubmit")}</Button>
      <ul className="municipality-suggestions" id="municipality-suggestions" hidden />
    </form>
  );
}
