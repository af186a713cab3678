import { Alert, Card, Heading, Link, List, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { Municipality } from "../municipalities/municipality-repository.ts";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import type { LocalisedPage } from "./baseline-content.ts";
import { contentPaths } from "./content-paths.ts";
import { contentTexts } from "./content-texts.ts";

/** Text in bokmål on a page in another language is marked as such, so screen readers switch voice. */
function fallbackLanguage(entry: LocalisedPage) {
  return entry.fallback ? { lang: entry.page.lang, dir: "ltr" as const } : {};
}

function NationalTag() {
  const { lang } = usePage();
  return (
    <Tag data-color="info" data-size="sm">
      {contentTexts(lang)("nationalTag")}
    </Tag>
  );
}

export function ContentListPage({ municipality, pages }: { municipality: Municipality; pages: readonly LocalisedPage[] }) {
  const { lang } = usePage();
  const t = contentTexts(lang);
  return (
    <div className="stack">
      <header className="stack">
        <Heading level={1} data-size="lg">
          {t("list.title")}
        </Heading>
        <Paragraph>{t("list.lead", { municipality: municipality.name })}</Paragraph>
      </header>
      <div className="card-grid">
        {pages.map((entry) => (
          <Card key={entry.page.slug} className="stack">
            <Heading level={2} data-size="xs" {...fallbackLanguage(entry)}>
              <Link href={contentPaths.page(lang, municipality.number, entry.page.slug)}>{entry.page.title}</Link>
            </Heading>
            <Paragraph data-size="sm" {...fallbackLanguage(entry)}>
              {entry.page.summary}
            </Paragraph>
            <div>
              <NationalTag />
            </div>
            {entry.fallback && <Paragraph data-size="xs">{t("list.onlyInBokmal")}</Paragraph>}
          </Card>
        ))}
      </div>
      <Link href={paths.municipality(lang, municipality.number)}>{t("list.back", { municipality: municipality.name })}</Link>
    </div>
  );
}

export function ContentPage({ municipality, entry }: { municipality: Municipality; entry: LocalisedPage }) {
  const { lang } = usePage();
  const t = contentTexts(lang);
  const { page } = entry;
  return (
    <div className="stack">
      <Link href={contentPaths.list(lang, municipality.number)}>{t("page.allTopics")}</Link>
      <article className="stack" aria-labelledby="content-title">
        <header className="stack">
          <Heading level={1} data-size="lg" id="content-title" {...fallbackLanguage(entry)}>
            {page.title}
          </Heading>
          <div>
            <NationalTag />
          </div>
          {entry.fallback && (
            <Alert data-color="info">
              <Heading level={2} data-size="xs">
                {t("page.notTranslatedTitle")}
              </Heading>
              <Paragraph>{t("page.notTranslatedText")}</Paragraph>
            </Alert>
          )}
        </header>
        {/* Rendered from Markdown and sanitised (render-markdown.ts): only h2, h3, p, lists, emphasis and http(s)/mailto links. */}
        <div className="content-body" {...fallbackLanguage(entry)} dangerouslySetInnerHTML={{ __html: page.html }} />
        <section className="stack" aria-labelledby="content-sources">
          <Heading level={2} data-size="sm" id="content-sources">
            {t("page.sources")}
          </Heading>
          <List.Unordered {...fallbackLanguage(entry)}>
            {page.sources.map((source) => (
              <List.Item key={source.url}>
                <Link href={source.url} rel="noopener">
                  {source.title}
                </Link>
              </List.Item>
            ))}
          </List.Unordered>
        </section>
      </article>
      <Link href={paths.municipality(lang, municipality.number)}>{t("list.back", { municipality: municipality.name })}</Link>
    </div>
  );
}

export function ContentNotFoundPage({ municipality, number }: { municipality?: Municipality; number: string }) {
  const { lang } = usePage();
  const t = contentTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("notFound.title")}
      </Heading>
      {municipality ? (
        <>
          <Paragraph>{t("notFound.text")}</Paragraph>
          <Link href={contentPaths.list(lang, municipality.number)}>{t("page.allTopics")}</Link>
        </>
      ) : (
        <>
          <Paragraph>{t("notFound.municipalityText", { number })}</Paragraph>
          <Link href={paths.municipalities(lang)}>{t("notFound.chooseMunicipality")}</Link>
        </>
      )}
    </div>
  );
}
