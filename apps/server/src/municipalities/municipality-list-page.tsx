import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import { isolated } from "../web/bidi.ts";
import type { Municipality } from "./municipality-repository.ts";
import { MunicipalityFinderForm } from "./municipality-finder-form.tsx";

/** Every municipality A–Z with the finder on top, or, after a search, the ones whose name matches. */
export function MunicipalityListPage({ municipalities, query }: { municipalities: Municipality[]; query: string }) {
  const { t, lang } = usePage();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("municipality.listTitle")}
      </Heading>
      <Paragraph>{t("municipality.listLead")}</Paragraph>
      <MunicipalityFinderForm query={query} />
      <section className="stack" aria-labelledby="municipality-list-heading">
        <Heading level={2} data-size="sm" id="municipality-list-heading">
          {query ? t("municipality.found", { count: municipalities.length, query: isolated(query, lang) }) : t("municipality.listAz")}
        </Heading>
        {query && municipalities.length === 0 && <Paragraph>{t("municipality.notFound", { query: isolated(query, lang) })}</Paragraph>}
        <ul className="municipality-grid">
          {municipalities.map((m) => (
            <li key={m.number}>
              <Link href={paths.municipality(lang, m.number)}>{m.name}</Link>
            </li>
          ))}
        </ul>
        {query && <Link href={paths.municipalities(lang)}>{t("municipality.showAll")}</Link>}
      </section>
    </div>
  );
}
