import { Alert, Button, Card, Field, Fieldset, Heading, Input, Label, Link, List, Paragraph, Tag, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import { directionOf, intlLocale, sourceLanguage, type Language } from "@velkomst/i18n";
import type { Municipality } from "../municipalities/municipality-repository.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import { commentLimit } from "./content-feedback.ts";
import { contentPaths } from "./content-paths.ts";
import type { PageOrigin, ReaderPage, ReaderPageWithBody } from "./content-reader.ts";
import { contentTexts } from "./content-texts.ts";

/** Text in another language than the page (bokmål shown as a fallback) is marked as such, so screen readers switch voice. */
function textLanguage(page: ReaderPage) {
  return page.lang !== page.requested ? { lang: page.lang, dir: directionOf(page.lang) } : {};
}

/** "Nasjonal informasjon" or "Lokal informasjon fra Frøya kommune": readers can always tell which is which. */
export function OriginTag({ origin }: { origin: PageOrigin }) {
  const { lang } = usePage();
  const t = contentTexts(lang);
  if (origin.kind === "national") {
    return (
      <Tag data-color="info" data-size="sm" className="content-origin content-origin-national">
        {t("nationalTag")}
      </Tag>
    );
  }
  return (
    <Tag data-color="success" data-size="sm" className="content-origin content-origin-local">
      {origin.kind === "municipality" ? t("localTag.municipality", { name: origin.name }) : t("localTag.region", { name: origin.name })}
    </Tag>
  );
}

export function ContentListPage({ municipality, pages }: { municipality: Municipality; pages: readonly ReaderPage[] }) {
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
        {pages.map((page) => (
          <Card key={page.slug} className="stack">
            <Heading level={2} data-size="xs" {...textLanguage(page)}>
              <Link href={contentPaths.page(lang, municipality.number, page.slug)}>{page.title}</Link>
            </Heading>
            <Paragraph data-size="sm" {...textLanguage(page)}>
              {page.summary}
            </Paragraph>
            <div>
              <OriginTag origin={page.origin} />
            </div>
            {page.fallback && <Paragraph data-size="xs">{t("list.onlyInBokmal")}</Paragraph>}
            {page.outdated && <Paragraph data-size="xs">{t("list.outdated")}</Paragraph>}
          </Card>
        ))}
      </div>
      <Link href={paths.municipality(lang, municipality.number)}>{t("list.back", { municipality: municipality.name })}</Link>
    </div>
  );
}

export interface FeedbackState {
  sent?: boolean;
  error?: "chooseOne" | "tooLong" | "tooMany";
  useful?: string;
  comment?: string;
}

function formatDay(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "long", timeZone: "Europe/Oslo" }).format(date);
}

/** "Was this page useful?": a plain form (no script), nothing personal asked. */
function FeedbackForm({ municipality, page, state }: { municipality: Municipality; page: ReaderPage; state: FeedbackState }) {
  const { lang } = usePage();
  const t = contentTexts(lang);
  const error = state.error === "chooseOne" ? t("feedback.chooseOne") : undefined;
  const commentError = state.error === "tooLong" ? t("feedback.tooLong", { limit: commentLimit }) : undefined;
  return (
    <section className="stack content-feedback" aria-labelledby="feedback-title" id="tilbakemelding">
      <Heading level={2} data-size="sm" id="feedback-title">
        {t("feedback.title")}
      </Heading>
      {state.sent ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t("feedback.thanks")}</Paragraph>
        </Alert>
      ) : (
        <form method="post" action={`${contentPaths.feedback(lang, municipality.number, page.slug)}#tilbakemelding`} className="stack" noValidate>
          <CsrfField />
          {state.error === "tooMany" && (
            <Alert data-color="warning" role="alert">
              <Paragraph>{t("feedback.tooMany")}</Paragraph>
            </Alert>
          )}
          <Fieldset aria-describedby={error ? "field-useful-error" : undefined} className="content-feedback-choice">
            <Fieldset.Legend className="ds-sr-only">{t("feedback.title")}</Fieldset.Legend>
            {error && <ValidationMessage id="field-useful-error">{error}</ValidationMessage>}
            <div className="content-feedback-options">
              {(
                [
                  ["ja", t("feedback.yes")],
                  ["nei", t("feedback.no")],
                ] as const
              ).map(([value, label], index) => (
                <Field key={value}>
                  <Input type="radio" id={index === 0 ? "field-useful" : `field-useful-${value}`} name="nyttig" value={value} defaultChecked={state.useful === value} aria-invalid={error ? true : undefined} />
                  <Label htmlFor={index === 0 ? "field-useful" : `field-useful-${value}`} weight="regular">
                    {label}
                  </Label>
                </Field>
              ))}
            </div>
          </Fieldset>
          <Field>
            <Label htmlFor="field-comment">{t("feedback.comment")}</Label>
            <Paragraph data-size="sm" id="field-comment-hint" className="field-hint">
              {t("feedback.commentHint")}
            </Paragraph>
            <Textarea
              id="field-comment"
              name="kommentar"
              rows={3}
              maxLength={commentLimit}
              defaultValue={state.comment}
              aria-describedby={["field-comment-hint", commentError ? "field-comment-error" : ""].filter(Boolean).join(" ")}
              aria-invalid={commentError ? true : undefined}
            />
            {commentError && <ValidationMessage id="field-comment-error">{commentError}</ValidationMessage>}
          </Field>
          <div>
            <Button type="submit" variant="secondary">
              {t("feedback.send")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

export function ContentPage({ municipality, page, feedback = {} }: { municipality: Municipality; page: ReaderPageWithBody; feedback?: FeedbackState }) {
  const { lang } = usePage();
  const t = contentTexts(lang);
  return (
    <div className="stack">
      <Link href={contentPaths.list(lang, municipality.number)}>{t("page.allTopics")}</Link>
      <article className="stack" aria-labelledby="content-title">
        <header className="stack">
          <Heading level={1} data-size="lg" id="content-title" {...textLanguage(page)}>
            {page.title}
          </Heading>
          <div>
            <OriginTag origin={page.origin} />
          </div>
          {page.fallback && (
            <Alert data-color="info">
              <Heading level={2} data-size="xs">
                {t("page.notTranslatedTitle")}
              </Heading>
              <Paragraph>{t("page.notTranslatedText")}</Paragraph>
            </Alert>
          )}
          {page.outdated && (
            <Alert data-color="warning" className="content-outdated">
              <Heading level={2} data-size="xs">
                {t("page.outdatedTitle")}
              </Heading>
              <Paragraph>{t("page.outdatedText")}</Paragraph>
              <Paragraph>
                <Link href={contentPaths.page(sourceLanguage, municipality.number, page.slug)} hrefLang={sourceLanguage}>
                  {t("page.readInBokmal")}
                </Link>
              </Paragraph>
            </Alert>
          )}
        </header>
        {/* Cleaned when saved and sanitised again here (render-markdown.ts): only h2, h3, p, lists, emphasis and http(s)/mailto links. */}
        <div className="content-body" {...textLanguage(page)} dangerouslySetInnerHTML={{ __html: page.html }} />
        {page.sources.length > 0 && (
          <section className="stack" aria-labelledby="content-sources">
            <Heading level={2} data-size="sm" id="content-sources">
              {t("page.sources")}
            </Heading>
            <List.Unordered {...textLanguage(page)}>
              {page.sources.map((source) => (
                <List.Item key={source.url}>
                  <Link href={source.url} rel="noopener">
                    {source.title}
                  </Link>
                  {source.checked && ` (${t("page.sourceChecked", { date: formatDay(new Date(`${source.checked}T12:00:00Z`), lang) })})`}
                </List.Item>
              ))}
            </List.Unordered>
          </section>
        )}
        <footer className="stack">
          {page.machineTranslated && <Paragraph data-size="sm">{t("page.machineTranslated")}</Paragraph>}
          {page.publishedAt && <Paragraph data-size="sm">{t("page.updated", { date: formatDay(page.publishedAt, lang) })}</Paragraph>}
        </footer>
      </article>
      <FeedbackForm municipality={municipality} page={page} state={feedback} />
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
