import { Button, Heading, Link, List, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { Language } from "@velkomst/i18n";
import { contentPaths } from "../content/content-paths.ts";
import type { Municipality } from "../municipalities/municipality-repository.ts";
import { FormField } from "../web/components/form-field.tsx";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import type { SearchKind } from "./search-index.ts";
import { searchPaths } from "./search-paths.ts";
import { maxQueryLength, type SearchHit, type SearchResult, type SnippetPart } from "./search-query.ts";
import { searchTexts } from "./search-texts.ts";
import { isolated } from "../web/bidi.ts";


/**
 * The search box: a plain GET form (no script), a landmark by role="search". Used on the search
 * page and on the municipality page.
 */
export function SearchForm({ municipalityNumber, query = "", error, id = "search-query" }: { municipalityNumber: string; query?: string; error?: string; id?: string }) {
  const { lang } = usePage();
  const t = searchTexts(lang);
  return (
    <form role="search" method="get" action={searchPaths.page(lang, municipalityNumber)} className="search-form">
      <FormField
        id={id}
        name="q"
        type="search"
        label={t("box.label")}
        hint={t("box.hint")}
        defaultValue={query}
        maxLength={maxQueryLength}
        autoComplete="off"
        enterKeyHint="search"
        {...(error ? { error } : {})}
      />
      <Button type="submit">{t("box.button")}</Button>
    </form>
  );
}

function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <Paragraph data-size="sm" className="search-snippet">
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </Paragraph>
  );
}

function Hit({ hit, municipalityNumber }: { hit: SearchHit; municipalityNumber: string }) {
  const { lang } = usePage();
  const t = searchTexts(lang);
  // A hit in bokmål on a page in another language says so, and is marked up as Norwegian.
  const other = hit.language !== lang;
  const textLang = other ? { lang: hit.language, dir: "ltr" as const } : {};
  return (
    <li className="search-hit">
      <Link href={searchPaths.hit(lang, municipalityNumber, hit.path)} className="search-hit-title" {...textLang}>
        {hit.title}
      </Link>
      <div {...textLang}>
        <Snippet parts={hit.snippet} />
      </div>
      {(other || hit.scope !== "national") && (
        <div className="search-hit-tags">
          {hit.scope !== "national" && (
            <Tag data-color="success" data-size="sm">
              {t("hit.local")}
            </Tag>
          )}
          {other && (
            <Tag data-color="neutral" data-size="sm">
              {t("hit.inBokmal")}
            </Tag>
          )}
        </div>
      )}
    </li>
  );
}

const kindOrder: readonly SearchKind[] = ["page", "service", "event"];

function NoResults({ municipality }: { municipality: Municipality }) {
  const { lang } = usePage();
  const t = searchTexts(lang);
  return (
    <section className="stack" aria-labelledby="search-tips">
      <Heading level={2} data-size="xs" id="search-tips">
        {t("noResults.title")}
      </Heading>
      <List.Unordered>
        <List.Item>{t("noResults.spelling")}</List.Item>
        <List.Item>{t("noResults.fewerWords")}</List.Item>
        {lang !== "nb" && lang !== "nn" && <List.Item>{t("noResults.norwegian")}</List.Item>}
        <List.Item>
          <Link href={contentPaths.list(lang, municipality.number)}>{t("noResults.browse", { municipality: municipality.name })}</Link>
        </List.Item>
      </List.Unordered>
    </section>
  );
}

export interface SearchPageProps {
  municipality: Municipality;
  query: string;
  result?: SearchResult;
  error?: string;
}

/** The search page: the box, then the hits grouped by kind, with the count in a heading. */
export function SearchPage({ municipality, query, result, error }: SearchPageProps) {
  const { lang } = usePage();
  const t = searchTexts(lang);
  const groups = kindOrder.map((kind) => ({ kind, hits: result?.hits.filter((hit) => hit.kind === kind) ?? [] })).filter((group) => group.hits.length > 0);
  return (
    <div className="stack">
      <header className="stack">
        <Heading level={1} data-size="lg">
          {t("page.heading")}
        </Heading>
        <Paragraph>{t("page.lead", { municipality: municipality.name })}</Paragraph>
      </header>
      <SearchForm municipalityNumber={municipality.number} query={query} {...(error ? { error } : {})} />
      {!result && !error && <Paragraph>{t("page.emptyQuery")}</Paragraph>}
      {result && (
        <section className="stack" aria-labelledby="search-results">
          <Heading level={2} data-size="sm" id="search-results">
            {t("page.results", { count: result.total, query: isolated(query, lang) })}
          </Heading>
          {result.suggestion && (
            <Paragraph>
              {t("page.didYouMean")}{" "}
              <Link href={searchPaths.page(lang, municipality.number, result.suggestion)} aria-label={t("page.didYouMeanSearch", { suggestion: result.suggestion })}>
                {result.suggestion}
              </Link>
            </Paragraph>
          )}
          {result.total > result.hits.length && <Paragraph data-size="sm">{t("page.showing", { shown: result.hits.length })}</Paragraph>}
          {groups.map((group) => (
            <section key={group.kind} className="stack" aria-labelledby={`search-kind-${group.kind}`}>
              <Heading level={3} data-size="xs" id={`search-kind-${group.kind}`}>
                {`${t(`kinds.${group.kind}`)} (${group.hits.length})`}
              </Heading>
              <ul className="search-hits">
                {group.hits.map((hit) => (
                  <Hit key={`${hit.kind}/${hit.key}`} hit={hit} municipalityNumber={municipality.number} />
                ))}
              </ul>
            </section>
          ))}
          {result.hits.length === 0 && <NoResults municipality={municipality} />}
        </section>
      )}
      <Link href={paths.municipality(lang, municipality.number)}>{t("back", { municipality: municipality.name })}</Link>
    </div>
  );
}

export function SearchNotFoundPage({ number, lang }: { number: string; lang: Language }) {
  const t = searchTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("notFound.title")}
      </Heading>
      <Paragraph>{t("notFound.text", { number })}</Paragraph>
      <Link href={paths.municipalities(lang)}>{t("notFound.chooseMunicipality")}</Link>
    </div>
  );
}
