import type { ReactNode } from "react";
import { Alert, Button, Card, Details, Field, Fieldset, Heading, Input, Label, Link, Paragraph, Select, Tag, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import { directionOf, intlLocale, languageCodes, sourceLanguage, type Language } from "@velkomst/i18n";
import { canonicalStepIds, stepTitle } from "@velkomst/rules";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, TextareaField } from "../web/components/form-field.tsx";
import { usePage } from "../web/page-context.tsx";
import type { FeedbackSummary } from "./content-feedback.ts";
import { formatSources, limits, targetLanguages } from "./content-model.ts";
import type { DashboardRow, LanguageState, PageSummary, ReviewItem, TranslationState, VersionDetail } from "./content-overview.ts";
import { contentPaths, contentStaffPaths } from "./content-paths.ts";
import type { PageScope } from "./content-scope.ts";
import type { ContentSourceLink, VersionStatus } from "./content-tables.ts";
import { contentTexts, type ContentTranslator } from "./content-texts.ts";
import type { LineChange } from "./line-diff.ts";

export interface ScopeChoice {
  value: string;
  label: string;
}

export type NoticeKey = "saved" | "submitted" | "published" | "returned" | "restored" | "discarded" | "unpublished" | "machineTranslated" | "created";
export const noticeKeys: readonly NoticeKey[] = ["saved", "submitted", "published", "returned", "restored", "discarded", "unpublished", "machineTranslated", "created"];

function useTexts(): { t: ContentTranslator; lang: Language } {
  const { lang } = usePage();
  return { t: contentTexts(lang), lang };
}

const languageNames = new Map<Language, Intl.DisplayNames>();
/** A language's name in the reader's language: "engelsk", "English", "الإنجليزية". */
export function languageName(code: Language, inLanguage: Language): string {
  let names = languageNames.get(inLanguage);
  if (!names) {
    names = new Intl.DisplayNames([inLanguage === "nb" || inLanguage === "nn" ? `${inLanguage}-NO` : inLanguage], { type: "language" });
    languageNames.set(inLanguage, names);
  }
  return names.of(code) ?? code;
}

export function formatDateTime(date: Date | null, lang: Language): string {
  if (!date) return "";
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Oslo" }).format(date);
}

/** A name or title set into a sentence of another direction keeps its own (Unicode first-strong isolate). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** The text being edited is marked with its own language and direction (Arabic fields run right to left). */
function textAttributes(pageLang: Language, uiLang: Language) {
  return pageLang === uiLang ? {} : { lang: pageLang, dir: directionOf(pageLang) };
}

function Notice({ notice, error }: { notice?: NoticeKey; error?: string }) {
  const { t } = useTexts();
  return (
    <>
      {notice && (
        <Alert data-color="success" role="status">
          <Paragraph>{t(`staff.notice.${notice}`)}</Paragraph>
        </Alert>
      )}
      {error && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
    </>
  );
}

/** The editors' sub-navigation: pages, review queue, translations, feedback. */
export function ContentNav({ current, reviewCount }: { current: "pages" | "reviews" | "translations" | "feedback"; reviewCount: number }) {
  const { t, lang } = useTexts();
  const items = [
    ["pages", contentStaffPaths.overview(lang), t("staff.nav.pages")],
    ["reviews", contentStaffPaths.reviews(lang), t("staff.nav.reviews", { count: reviewCount })],
    ["translations", contentStaffPaths.translations(lang), t("staff.nav.translations")],
    ["feedback", contentStaffPaths.feedback(lang), t("staff.nav.feedback")],
  ] as const;
  return (
    <nav aria-label={t("staff.nav.label")} className="content-nav">
      <ul>
        {items.map(([key, href, label]) => (
          <li key={key}>
            <a href={href} aria-current={current === key ? "page" : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ScopeFilter({ action, choices, selected }: { action: string; choices: readonly ScopeChoice[]; selected: string }) {
  const { t } = useTexts();
  if (choices.length <= 1) return null;
  return (
    <form method="get" action={action} className="inline-form">
      <Field>
        <Label htmlFor="field-omrade">{t("staff.filter.label")}</Label>
        <Select id="field-omrade" name="omrade" defaultValue={selected}>
          <Select.Option value="">{t("staff.filter.all")}</Select.Option>
          {choices.map((choice) => (
            <Select.Option key={choice.value} value={choice.value}>
              {choice.label}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary">
        {t("staff.filter.show")}
      </Button>
    </form>
  );
}

const translationColors: Record<TranslationState, "success" | "warning" | "neutral"> = { "up-to-date": "success", outdated: "warning", missing: "neutral" };

/** One language's state as a short tag: "Publisert", "Utdatert", "Til godkjenning" … */
function StateTag({ state }: { state: LanguageState }) {
  const { t } = useTexts();
  const parts: ReactNode[] = [];
  if (state.language === sourceLanguage || state.translation === undefined) {
    if (state.published) parts.push(<Tag key="p" data-color="success" data-size="sm">{t("staff.status.published")}</Tag>);
  } else if (state.translation !== "missing" || !state.working) {
    parts.push(
      <Tag key="t" data-color={translationColors[state.translation]} data-size="sm">
        {t(`staff.translation.${state.translation}`)}
      </Tag>,
    );
  }
  if (state.working) {
    parts.push(
      <Tag key="w" data-color={state.working.status === "review" ? "info" : "neutral"} data-size="sm">
        {t(`staff.status.${state.working.status}`)}
      </Tag>,
    );
  }
  if (parts.length === 0) parts.push(<span key="n">–</span>);
  return <span className="content-state">{parts}</span>;
}

function LanguageStates({ page }: { page: PageSummary }) {
  const { lang } = useTexts();
  return (
    <ul className="content-lang-states">
      {languageCodes.map((code) => (
        <li key={code}>
          <abbr title={languageName(code, lang)} className="content-lang-code">
            {code}
          </abbr>{" "}
          <StateTag state={page.languages[code]} />
        </li>
      ))}
    </ul>
  );
}

export function OverviewPage(props: {
  pages: readonly PageSummary[];
  nationalPages: ReadonlyArray<{ pageId: string; slug: string; title: string }>;
  scopeName: (scope: PageScope) => string;
  choices: readonly ScopeChoice[];
  selected: string;
  mayEditNational: boolean;
  mayCreateLocal: boolean;
  reviewCount: number;
  notice?: NoticeKey;
}) {
  const { t, lang } = useTexts();
  const local = props.pages.filter((page) => page.scope.kind !== "national");
  const national = props.pages.filter((page) => page.scope.kind === "national");
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("staff.title")}
      </Heading>
      <ContentNav current="pages" reviewCount={props.reviewCount} />
      <Paragraph>{t("staff.lead")}</Paragraph>
      <Notice notice={props.notice} />
      <ScopeFilter action={contentStaffPaths.overview(lang)} choices={props.choices} selected={props.selected} />
      <div>
        <Button asChild>
          <a href={`${contentStaffPaths.newPage(lang)}${props.selected ? `?omrade=${encodeURIComponent(props.selected)}` : ""}`}>{t("staff.pages.newPage")}</a>
        </Button>
      </div>
      {(props.mayCreateLocal || local.length > 0) && <PagesTable id="local-pages" title={t("staff.pages.local")} pages={local} scopeName={props.scopeName} />}
      {props.mayEditNational && <PagesTable id="national-pages" title={t("staff.pages.national")} pages={national} scopeName={props.scopeName} />}
      {props.mayCreateLocal && (
        <section className="stack" aria-labelledby="make-local">
          <Heading level={2} data-size="sm" id="make-local">
            {t("staff.pages.makeLocalTitle")}
          </Heading>
          <Paragraph>{t("staff.pages.makeLocalLead")}</Paragraph>
          <ul className="content-national-list">
            {props.nationalPages.map((page) => (
              <li key={page.slug}>
                <span {...textAttributes(sourceLanguage, lang)}>{page.title}</span>
                <Link href={`${contentStaffPaths.newPage(lang)}?slug=${page.slug}${props.selected ? `&omrade=${encodeURIComponent(props.selected)}` : ""}`} aria-label={`${t("staff.pages.makeLocal")}: ${page.title}`}>
                  {t("staff.pages.makeLocal")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function PagesTable({ id, title, pages, scopeName }: { id: string; title: string; pages: readonly PageSummary[]; scopeName: (scope: PageScope) => string }) {
  const { t, lang } = useTexts();
  return (
    <section className="stack" aria-labelledby={id}>
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {pages.length === 0 ? (
        <Paragraph>{t("staff.pages.none")}</Paragraph>
      ) : (
        <DataTable
          stacked
          caption={title}
          columns={[{ label: t("staff.pages.page") }, { label: t("staff.pages.area") }, { label: t("staff.pages.languages") }]}
          rows={pages.map((page) => ({
            key: page.pageId,
            cells: [
              <>
                <Link href={contentStaffPaths.page(lang, page.pageId)} {...textAttributes(sourceLanguage, lang)}>
                  {page.title}
                </Link>
                {!page.live && (
                  <>
                    {" "}
                    <Tag data-color="neutral" data-size="sm">
                      {t("staff.pages.notLive")}
                    </Tag>
                  </>
                )}
              </>,
              scopeName(page.scope),
              <LanguageStates page={page} />,
            ],
          }))}
        />
      )}
    </section>
  );
}

export interface TextValues {
  title: string;
  summary: string;
  body: string;
  sources: string;
  steps: readonly string[];
}

export function textValues(text: { title: string; summary: string; body: string; sources: readonly ContentSourceLink[]; steps: readonly string[] }): TextValues {
  return { title: text.title, summary: text.summary, body: text.body, sources: formatSources(text.sources), steps: text.steps };
}

/** Title, summary, body, sources (and, for bokmål, plan steps): the fields every text has. */
function TextFields({ values, errors, pageLang, withSteps }: { values: TextValues; errors: FormErrors; pageLang: Language; withSteps: boolean }) {
  const { t, lang } = useTexts();
  const attributes = textAttributes(pageLang, lang);
  return (
    <>
      <FormField name="title" label={t("staff.form.title")} defaultValue={values.title} error={errors.fields.title} maxLength={limits.title} required {...attributes} />
      <TextareaField name="summary" label={t("staff.form.summary")} hint={t("staff.form.summaryHint")} defaultValue={values.summary} error={errors.fields.summary} rows={2} {...attributes} />
      <TextareaField name="body" label={t("staff.form.body")} hint={t("staff.form.bodyHint")} defaultValue={values.body} error={errors.fields.body} rows={16} {...attributes} />
      <TextareaField name="sources" label={t("staff.form.sources")} hint={t("staff.form.sourcesHint")} defaultValue={values.sources} error={errors.fields.sources} rows={3} {...attributes} />
      {withSteps && (
        <Fieldset aria-describedby="field-steps-hint" className="content-steps">
          <Fieldset.Legend>{t("staff.form.steps")}</Fieldset.Legend>
          <Paragraph data-size="sm" id="field-steps-hint" className="field-hint">
            {t("staff.form.stepsHint")}
          </Paragraph>
          {errors.fields.steps && <ValidationMessage>{errors.fields.steps}</ValidationMessage>}
          <div className="content-step-options">
            {canonicalStepIds.map((step, index) => (
              <Field key={step}>
                <Input type="checkbox" id={index === 0 ? "field-steps" : `field-steps-${step}`} name="steps" value={step} defaultChecked={values.steps.includes(step)} />
                <Label htmlFor={index === 0 ? "field-steps" : `field-steps-${step}`} weight="regular">
                  {stepTitle(step, lang)}
                </Label>
              </Field>
            ))}
          </div>
        </Fieldset>
      )}
    </>
  );
}

function fieldLabels(t: ContentTranslator): Record<string, string> {
  return {
    scope: t("staff.form.scope"),
    slug: t("staff.form.slug"),
    title: t("staff.form.title"),
    summary: t("staff.form.summary"),
    body: t("staff.form.body"),
    sources: t("staff.form.sources"),
    steps: t("staff.form.steps"),
  };
}

export function NewPageForm(props: { choices: readonly ScopeChoice[]; values: TextValues & { scope: string; slug: string }; fixedSlug?: string; errors: FormErrors; reviewCount: number }) {
  const { t, lang } = useTexts();
  const { values, errors } = props;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("staff.form.newTitle")}
      </Heading>
      <ContentNav current="pages" reviewCount={props.reviewCount} />
      <FormErrorSummary errors={errors} labels={fieldLabels(t)} />
      <form method="post" action={contentStaffPaths.newPage(lang)} className="stack content-form" noValidate>
        <CsrfField />
        <Field>
          <Label htmlFor="field-scope">{t("staff.form.scope")}</Label>
          <Paragraph data-size="sm" id="field-scope-hint" className="field-hint">
            {t("staff.form.scopeHint")}
          </Paragraph>
          <Select id="field-scope" name="scope" defaultValue={values.scope} aria-describedby={["field-scope-hint", errors.fields.scope ? "field-scope-error" : ""].filter(Boolean).join(" ")} aria-invalid={errors.fields.scope ? true : undefined}>
            {props.choices.map((choice) => (
              <Select.Option key={choice.value} value={choice.value}>
                {choice.label}
              </Select.Option>
            ))}
          </Select>
          {errors.fields.scope && <ValidationMessage id="field-scope-error">{errors.fields.scope}</ValidationMessage>}
        </Field>
        {props.fixedSlug ? (
          <>
            <input type="hidden" name="slug" value={props.fixedSlug} />
            <input type="hidden" name="lokalVersjon" value="1" />
          </>
        ) : (
          <FormField name="slug" label={t("staff.form.slug")} hint={t("staff.form.slugHint")} defaultValue={values.slug} error={errors.fields.slug} maxLength={limits.slug} autoComplete="off" dir="ltr" />
        )}
        <TextFields values={values} errors={errors} pageLang={sourceLanguage} withSteps />
        <FormButtons cancel={contentStaffPaths.overview(lang)} />
      </form>
    </div>
  );
}

function FormButtons({ cancel }: { cancel: string }) {
  const { t } = useTexts();
  return (
    <div className="content-actions">
      <Button type="submit" name="handling" value="utkast" variant="secondary">
        {t("staff.form.saveDraft")}
      </Button>
      <Button type="submit" name="handling" value="send">
        {t("staff.form.saveAndSubmit")}
      </Button>
      <Link href={cancel}>{t("staff.form.cancel")}</Link>
    </div>
  );
}

export interface SourceForTranslation {
  number: number;
  title: string;
  summary: string;
  html: string;
  /** How the bokmål text changed since the text this translation was made from. */
  changes?: { from: number; to: number; lines: readonly LineChange[] };
}

export function EditTextForm(props: {
  page: PageSummary;
  pageLang: Language;
  values: TextValues;
  errors: FormErrors;
  basedOn: string;
  reviewComment?: string | null;
  machineTranslated: boolean;
  source?: SourceForTranslation;
  error?: string;
  reviewCount: number;
}) {
  const { t, lang } = useTexts();
  const { page, pageLang } = props;
  const heading =
    pageLang === sourceLanguage || page.languages[pageLang].published || page.languages[pageLang].working
      ? t("staff.form.editTitle", { title: isolate(page.title), language: languageName(pageLang, lang) })
      : t("staff.form.translateTitle", { title: isolate(page.title), language: languageName(pageLang, lang) });
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {heading}
      </Heading>
      <ContentNav current="pages" reviewCount={props.reviewCount} />
      <Notice error={props.error} />
      {props.reviewComment && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t("staff.form.reviewComment")}
          </Heading>
          <Paragraph>{props.reviewComment}</Paragraph>
        </Alert>
      )}
      {props.machineTranslated && (
        <Alert data-color="info">
          <Paragraph>{t("staff.form.machineNotice")}</Paragraph>
        </Alert>
      )}
      {props.source && <SourcePanel source={props.source} />}
      <FormErrorSummary errors={props.errors} labels={fieldLabels(t)} />
      <form method="post" action={contentStaffPaths.edit(lang, page.pageId, pageLang)} className="stack content-form" noValidate>
        <CsrfField />
        <input type="hidden" name="basedOn" value={props.basedOn} />
        <TextFields values={props.values} errors={props.errors} pageLang={pageLang} withSteps={pageLang === sourceLanguage} />
        <FormButtons cancel={contentStaffPaths.page(lang, page.pageId)} />
      </form>
    </div>
  );
}

function SourcePanel({ source }: { source: SourceForTranslation }) {
  const { t, lang } = useTexts();
  const nb = textAttributes(sourceLanguage, lang);
  return (
    <div className="stack">
      {source.changes && (
        <Card className="stack content-changes" data-color="warning">
          <Heading level={2} data-size="xs">
            {t("staff.form.changedSince", { from: source.changes.from, to: source.changes.to })}
          </Heading>
          <ul className="content-diff" {...nb}>
            {source.changes.lines
              .filter((line) => line.kind !== "same")
              .map((line, index) => (
                <li key={index} className={`content-diff-${line.kind}`}>
                  {line.kind === "removed" ? <del>{line.text}</del> : <ins>{line.text}</ins>}
                  <span className="ds-sr-only"> ({line.kind === "removed" ? t("staff.form.removed") : t("staff.form.added")})</span>
                </li>
              ))}
          </ul>
        </Card>
      )}
      <Details>
        <Details.Summary>{t("staff.form.sourceText", { number: source.number })}</Details.Summary>
        <Details.Content>
          <div className="stack" {...nb}>
            <Heading level={2} data-size="sm">
              {source.title}
            </Heading>
            <Paragraph>{source.summary}</Paragraph>
            <div className="content-body" dangerouslySetInnerHTML={{ __html: source.html }} />
          </div>
        </Details.Content>
      </Details>
    </div>
  );
}

export function PageDetailPage(props: {
  page: PageSummary;
  scopeName: (scope: PageScope) => string;
  readerUrl: string | undefined;
  nationalTitle: string | undefined;
  machineTranslation: (language: Language) => boolean;
  feedback: FeedbackSummary | undefined;
  reviewCount: number;
  notice?: NoticeKey;
  error?: string;
}) {
  const { t, lang } = useTexts();
  const { page } = props;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" {...textAttributes(sourceLanguage, lang)}>
        {page.title}
      </Heading>
      <ContentNav current="pages" reviewCount={props.reviewCount} />
      <Notice notice={props.notice} error={props.error} />
      <dl className="contact-list">
        <dt>{t("staff.pages.area")}</dt>
        <dd>{props.scopeName(page.scope)}</dd>
        <dt>{t("staff.form.slug")}</dt>
        <dd dir="ltr">{page.slug}</dd>
      </dl>
      {props.nationalTitle && <Paragraph>{t("staff.detail.replacesNational", { title: isolate(props.nationalTitle) })}</Paragraph>}
      {props.readerUrl && page.live && <Link href={props.readerUrl}>{t("staff.detail.readerView")}</Link>}
      <section className="stack" aria-labelledby="languages">
        <Heading level={2} data-size="sm" id="languages">
          {t("staff.detail.languagesTitle")}
        </Heading>
        <ul className="content-language-cards">
          {languageCodes.map((code) => (
            <LanguageCard key={code} page={page} code={code} machineTranslation={props.machineTranslation(code)} />
          ))}
        </ul>
      </section>
      {props.feedback && <FeedbackBlock summary={props.feedback} headingLevel={2} title={t("staff.detail.feedbackTitle")} />}
    </div>
  );
}

function LanguageCard({ page, code, machineTranslation }: { page: PageSummary; code: Language; machineTranslation: boolean }) {
  const { t, lang } = useTexts();
  const state = page.languages[code];
  const isSource = code === sourceLanguage;
  const canTranslate = isSource || page.live;
  const editLabel = isSource ? t("staff.detail.edit") : state.translation === "outdated" ? t("staff.detail.update") : state.published || state.working ? t("staff.detail.edit") : t("staff.detail.translate");
  const name = languageName(code, lang);
  return (
    <li className="content-language-card">
      <Heading level={3} data-size="2xs">
        {name}
        {isSource && ` (${t("staff.translation.source")})`}
      </Heading>
      <StateTag state={state} />
      <ul className="plain-list content-version-links">
        {state.published && (
          <li>
            <Link href={contentStaffPaths.version(lang, state.published.versionId)}>{t("staff.detail.published", { number: state.published.number })}</Link>
            {state.published.machineTranslated && ` · ${t("staff.status.machine")}`}
          </li>
        )}
        {state.working && (
          <li>
            <Link href={contentStaffPaths.version(lang, state.working.versionId)}>{t("staff.detail.working", { status: t(`staff.status.${state.working.status}`), number: state.working.number })}</Link>
            {state.working.machineTranslated && ` · ${t("staff.status.machine")}`}
          </li>
        )}
        {!state.published && !state.working && <li>{t("staff.detail.none")}</li>}
      </ul>
      {canTranslate ? (
        <div className="content-actions">
          <Button asChild variant={state.translation === "outdated" || (!isSource && !state.published && !state.working) ? "primary" : "secondary"} data-size="sm">
            <a href={contentStaffPaths.edit(lang, page.pageId, code)} aria-label={`${editLabel}: ${name}`}>
              {editLabel}
            </a>
          </Button>
          {machineTranslation && !isSource && !(state.working && !state.working.machineTranslated) && (
            <form method="post" action={contentStaffPaths.machineTranslate(lang, page.pageId, code)}>
              <CsrfField />
              <Button type="submit" variant="tertiary" data-size="sm" aria-label={`${t("staff.detail.machineTranslate")}: ${name}`}>
                {t("staff.detail.machineTranslate")}
              </Button>
            </form>
          )}
          <Link href={contentStaffPaths.history(lang, page.pageId, code)} aria-label={`${t("staff.detail.history")}: ${name}`}>
            {t("staff.detail.history")}
          </Link>
          {state.published && (
            <form method="post" action={contentStaffPaths.unpublish(lang, page.pageId, code)}>
              <CsrfField />
              <Button type="submit" variant="tertiary" data-color="danger" data-size="sm" aria-label={`${isSource ? t("staff.detail.unpublishSource") : t("staff.detail.unpublish")}: ${name}`}>
                {isSource ? t("staff.detail.unpublishSource") : t("staff.detail.unpublish")}
              </Button>
            </form>
          )}
        </div>
      ) : (
        <Paragraph data-size="sm">{t("staff.detail.nationalFirst")}</Paragraph>
      )}
    </li>
  );
}

export function VersionPage(props: { version: VersionDetail; pageTitle: string; mayApprove: boolean; reviewCount: number; notice?: NoticeKey; error?: string }) {
  const { t, lang } = useTexts();
  const { version } = props;
  const attributes = textAttributes(version.language, lang);
  const status = (s: VersionStatus) => t(`staff.status.${s}`);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("staff.version.title", { title: isolate(props.pageTitle), number: version.number, language: languageName(version.language, lang) })}
      </Heading>
      <ContentNav current="pages" reviewCount={props.reviewCount} />
      <Link href={contentStaffPaths.page(lang, version.pageId)}>{t("staff.form.cancel")}</Link>
      <Notice notice={props.notice} error={props.error} />
      <dl className="contact-list">
        <dt>{t("staff.version.status")}</dt>
        <dd>
          {status(version.status)}
          {version.machineTranslated && ` · ${t("staff.status.machine")}`}
          {version.imported && ` · ${t("staff.status.imported")}`}
        </dd>
      </dl>
      <ul className="plain-list stack content-version-facts">
        <li>{t("staff.version.writtenBy", { name: version.updatedBy ?? t("staff.version.unknownWriter"), date: formatDateTime(version.updatedAt, lang) })}</li>
        {version.submittedBy && version.submittedAt && <li>{t("staff.version.submittedBy", { name: version.submittedBy, date: formatDateTime(version.submittedAt, lang) })}</li>}
        {version.reviewedBy && version.reviewedAt && <li>{t("staff.version.reviewedBy", { name: version.reviewedBy, date: formatDateTime(version.reviewedAt, lang) })}</li>}
        {version.publishedAt && <li>{t("staff.version.publishedAt", { date: formatDateTime(version.publishedAt, lang) })}</li>}
        {version.sourceNumber !== null && <li>{t("staff.version.translatedFrom", { number: version.sourceNumber })}</li>}
        {version.restoredFromNumber !== null && <li>{t("staff.version.restoredFrom", { number: version.restoredFromNumber })}</li>}
      </ul>
      {version.reviewComment && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t("staff.form.reviewComment")}
          </Heading>
          <Paragraph>{version.reviewComment}</Paragraph>
        </Alert>
      )}
      {/* The text first, then what to do with it: the approver reads before "approve and publish". */}
      <section className="stack content-preview" aria-labelledby="preview">
        <Heading level={2} data-size="sm" id="preview">
          {t("staff.version.preview")}
        </Heading>
        <Card className="stack" {...attributes}>
          <Heading level={3} data-size="md">
            {version.title}
          </Heading>
          <Paragraph>
            <strong>{version.summary}</strong>
          </Paragraph>
          <div className="content-body content-body-preview" dangerouslySetInnerHTML={{ __html: version.html }} />
          {version.sources.length > 0 && (
            <ul>
              {version.sources.map((source) => (
                <li key={source.url}>
                  <Link href={source.url} rel="noopener">
                    {source.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </section>
      <VersionActions version={version} mayApprove={props.mayApprove} />
    </div>
  );
}

function ActionForm({ action, label, variant = "secondary", color, children }: { action: string; label: string; variant?: "primary" | "secondary" | "tertiary"; color?: "danger"; children?: ReactNode }) {
  return (
    <form method="post" action={action} className="stack content-action-form">
      <CsrfField />
      {children}
      <div>
        <Button type="submit" variant={variant} data-color={color}>
          {label}
        </Button>
      </div>
    </form>
  );
}

function VersionActions({ version, mayApprove }: { version: VersionDetail; mayApprove: boolean }) {
  const { t, lang } = useTexts();
  const action = (name: Parameters<typeof contentStaffPaths.versionAction>[2]) => contentStaffPaths.versionAction(lang, version.id, name);
  if (version.status === "draft") {
    return (
      <div className="content-actions">
        <Button asChild variant="secondary">
          <a href={contentStaffPaths.edit(lang, version.pageId, version.language)}>{t("staff.version.edit")}</a>
        </Button>
        <ActionForm action={action("send")} label={t("staff.version.submit")} variant="primary" />
        <ActionForm action={action("forkast")} label={t("staff.version.discard")} variant="tertiary" color="danger" />
      </div>
    );
  }
  if (version.status === "review") {
    return (
      <div className="stack">
        {mayApprove ? (
          <ActionForm action={action("godkjenn")} label={t("staff.version.approve")} variant="primary" />
        ) : (
          <Alert data-color="info">
            <Paragraph>{t("staff.version.ownText")}</Paragraph>
          </Alert>
        )}
        <Card className="stack">
          <ActionForm action={action("send-tilbake")} label={t("staff.version.reject")}>
            <Field>
              <Label htmlFor="field-comment">{t("staff.version.rejectComment")}</Label>
              <Textarea id="field-comment" name="kommentar" rows={3} maxLength={limits.comment} />
            </Field>
          </ActionForm>
        </Card>
        <div>
          <Link href={contentStaffPaths.edit(lang, version.pageId, version.language)}>{t("staff.version.edit")}</Link>
        </div>
      </div>
    );
  }
  if (version.status === "archived") {
    return <ActionForm action={action("gjenopprett")} label={t("staff.version.restore")} />;
  }
  return null;
}

export function HistoryPage(props: {
  page: PageSummary;
  pageLang: Language;
  versions: ReadonlyArray<{ id: string; number: number; status: VersionStatus; title: string; machine_translated: boolean; import_hash: string | null; updated_at: Date; updated_by: string | null; restored_number: number | null }>;
  reviewCount: number;
}) {
  const { t, lang } = useTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("staff.history.title", { title: isolate(props.page.title), language: languageName(props.pageLang, lang) })}
      </Heading>
      <ContentNav current="pages" reviewCount={props.reviewCount} />
      <Link href={contentStaffPaths.page(lang, props.page.pageId)}>{t("staff.form.cancel")}</Link>
      {props.versions.length === 0 ? (
        <Paragraph>{t("staff.history.none")}</Paragraph>
      ) : (
        <DataTable
          stacked
          caption={t("staff.history.title", { title: isolate(props.page.title), language: languageName(props.pageLang, lang) })}
          columns={[{ label: t("staff.history.number") }, { label: t("staff.history.status") }, { label: t("staff.history.changed") }, { label: t("staff.history.by") }]}
          rows={props.versions.map((version) => ({
            key: version.id,
            cells: [
              <>
                <Link href={contentStaffPaths.version(lang, version.id)}>{version.number}</Link>
                <span {...textAttributes(props.pageLang, lang)}> {version.title}</span>
              </>,
              <>
                {t(`staff.status.${version.status}`)}
                {version.machine_translated && ` · ${t("staff.status.machine")}`}
                {version.restored_number !== null && ` · ${t("staff.version.restoredFrom", { number: version.restored_number })}`}
              </>,
              formatDateTime(version.updated_at, lang),
              version.updated_by ?? (version.import_hash ? t("staff.status.imported") : ""),
            ],
          }))}
        />
      )}
    </div>
  );
}

export function ReviewsPage({ items, scopeName }: { items: readonly ReviewItem[]; scopeName: (scope: PageScope) => string }) {
  const { t, lang } = useTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("staff.reviews.title")}
      </Heading>
      <ContentNav current="reviews" reviewCount={items.length} />
      <Paragraph>{t("staff.reviews.lead")}</Paragraph>
      {items.length === 0 ? (
        <Paragraph>{t("staff.reviews.none")}</Paragraph>
      ) : (
        <ul className="plain-list stack">
          {items.map((item) => (
            <li key={item.versionId}>
              <Card className="stack content-review-card">
                <Heading level={2} data-size="xs">
                  <Link href={contentStaffPaths.version(lang, item.versionId)}>
                    <span {...textAttributes(item.language, lang)}>{item.title}</span> ({languageName(item.language, lang)}, {item.number})
                  </Link>
                </Heading>
                <Paragraph data-size="sm">
                  {scopeName(item.scope)}
                  {item.machineTranslated && ` · ${t("staff.status.machine")}`}
                </Paragraph>
                {item.submittedBy && <Paragraph data-size="sm">{t("staff.reviews.sentBy", { name: item.submittedBy, date: formatDateTime(item.submittedAt, lang) })}</Paragraph>}
                {!item.mayApprove && <Paragraph data-size="sm">{t("staff.reviews.yours")}</Paragraph>}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function TranslationsPage(props: {
  rows: readonly DashboardRow[];
  totals: Record<Language, Record<TranslationState, number>>;
  scopeName: (scope: PageScope) => string;
  choices: readonly ScopeChoice[];
  selected: string;
  reviewCount: number;
}) {
  const { t, lang } = useTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("staff.translations.title")}
      </Heading>
      <ContentNav current="translations" reviewCount={props.reviewCount} />
      <Paragraph>{t("staff.translations.lead")}</Paragraph>
      <ScopeFilter action={contentStaffPaths.translations(lang)} choices={props.choices} selected={props.selected} />
      <ul className="content-totals">
        {targetLanguages.map((code) => {
          const totals = props.totals[code];
          return (
            <li key={code}>
              <Card className="stack" data-color={totals.outdated + totals.missing > 0 ? "warning" : "success"}>
                <Heading level={2} data-size="2xs">
                  {languageName(code, lang)}
                </Heading>
                <Paragraph data-size="sm">{t("staff.translations.summary", { language: languageName(code, lang), upToDate: totals["up-to-date"], outdated: totals.outdated, missing: totals.missing })}</Paragraph>
              </Card>
            </li>
          );
        })}
      </ul>
      {props.rows.length === 0 ? (
        <Paragraph>{t("staff.translations.none")}</Paragraph>
      ) : (
        <DataTable
          stacked
          className="content-translation-table"
          caption={t("staff.translations.title")}
          columns={[{ label: t("staff.pages.page") }, ...targetLanguages.map((code) => ({ label: languageName(code, lang) }))]}
          rows={props.rows.map((row) => ({
            key: row.pageId,
            cells: [
              <>
                <Link href={contentStaffPaths.page(lang, row.pageId)} {...textAttributes(sourceLanguage, lang)}>
                  {row.title}
                </Link>
                <span className="content-scope-note"> · {props.scopeName(row.scope)}</span>
              </>,
              ...targetLanguages.map((code) => (
                <>
                  <a href={contentStaffPaths.edit(lang, row.pageId, code)} className="content-state-link" aria-label={`${row.title}, ${languageName(code, lang)}: ${t(`staff.translation.${row.states[code]}`)}`}>
                    <Tag data-color={translationColors[row.states[code]]} data-size="sm">
                      {t(`staff.translation.${row.states[code]}`)}
                    </Tag>
                  </a>
                  {row.working[code] && <span className="content-scope-note"> {t("staff.translations.inProgress", { status: t(`staff.status.${row.working[code]!}`) })}</span>}
                </>
              )),
            ],
          }))}
        />
      )}
    </div>
  );
}

function FeedbackBlock({ summary, headingLevel, title }: { summary: FeedbackSummary; headingLevel: 2 | 3; title: ReactNode }) {
  const { t, lang } = useTexts();
  const id = `feedback-${summary.pageId}`;
  return (
    <section className="stack content-feedback-summary" aria-labelledby={id}>
      <Heading level={headingLevel} data-size="xs" id={id}>
        {title}
      </Heading>
      <Paragraph>
        <Tag data-color="success" data-size="sm">
          {t("staff.feedback.useful", { count: summary.useful })}
        </Tag>{" "}
        <Tag data-color="danger" data-size="sm">
          {t("staff.feedback.notUseful", { count: summary.notUseful })}
        </Tag>
      </Paragraph>
      {summary.comments.length > 0 && (
        <ul className="content-comments">
          {summary.comments.map((comment) => (
            <li key={comment.id}>
              <Paragraph data-size="sm" className="content-comment-meta">
                {t("staff.feedback.comment", {
                  date: formatDateTime(comment.createdAt, lang),
                  language: languageName(comment.language as Language, lang),
                  municipality: isolate(comment.municipalityName),
                  answer: comment.useful ? t("staff.feedback.answerYes") : t("staff.feedback.answerNo"),
                })}
              </Paragraph>
              <blockquote lang={comment.language} dir={directionOf(comment.language as Language)}>
                {comment.comment}
              </blockquote>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function FeedbackPage({ summaries, scopeName, reviewCount }: { summaries: readonly FeedbackSummary[]; scopeName: (scope: PageScope) => string; reviewCount: number }) {
  const { t, lang } = useTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("staff.feedback.title")}
      </Heading>
      <ContentNav current="feedback" reviewCount={reviewCount} />
      <Paragraph>{t("staff.feedback.lead")}</Paragraph>
      {summaries.length === 0 ? (
        <Paragraph>{t("staff.feedback.none")}</Paragraph>
      ) : (
        <ul className="plain-list stack">
          {summaries.map((summary) => (
            <li key={summary.pageId}>
              <Card className="stack">
                <FeedbackBlock
                  summary={summary}
                  headingLevel={2}
                  title={
                    <>
                      <bdi {...textAttributes(sourceLanguage, lang)}>{summary.title}</bdi> (<bdi>{scopeName(summary.scope)}</bdi>)
                    </>
                  }
                />
                {summary.scope.kind !== "national" && (
                  <Link href={contentStaffPaths.page(lang, summary.pageId)} aria-label={`${t("staff.detail.view")}: ${summary.title}`}>
                    {t("staff.detail.view")}
                  </Link>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The staff home's card for this area. */
export function contentTaskCard(lang: Language) {
  const t = contentTexts(lang);
  return { href: contentStaffPaths.overview(lang), title: t("staff.taskTitle"), text: t("staff.taskText") };
}

/** Where a reader sees a page of this scope: the municipality itself, or the first municipality of the region. */
export function readerUrlFor(lang: Language, slug: string, municipalityNumber: string | undefined): string | undefined {
  return municipalityNumber ? contentPaths.page(lang, municipalityNumber, slug) : undefined;
}

