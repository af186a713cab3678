import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import type { Municipality } from "./municipality-repository.ts";

export function MunicipalityListPage({ municipalities }: { municipalities: Municipality[] }) {
  const { t, lang } = usePage();
  const counties = [...new Map(municipalities.map((m) => [m.countyNumber, m.countyName])).entries()];
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("municipality.listTitle")}
      </Heading>
      <Paragraph>{t("municipality.listLead")}</Paragraph>
      {counties.map(([countyNumber, countyName]) => (
        <section key={countyNumber} className="stack" aria-labelledby={`county-${countyNumber}`}>
          <Heading level={2} data-size="sm" id={`county-${countyNumber}`}>
            {t("municipality.countyHeading", { county: countyName })}
          </Heading>
          <ul className="municipality-grid">
            {municipalities
              .filter((m) => m.countyNumber === countyNumber)
              .map((m) => (
                <li key={m.number}>
                  <Link href={paths.municipality(lang, m.number)}>{m.name}</Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
