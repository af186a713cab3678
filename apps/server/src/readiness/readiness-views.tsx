import { Fragment, type ReactNode } from "react";
import { Alert, Button, Card, Field, Fieldset, Heading, Input, Label, Link, Paragraph, Select, Tag, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import { intlLocale, type Language } from "@velkomst/i18n";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField } from "../web/components/form-field.tsx";
import { DateField } from "../web/components/date-time-fields.tsx";
import { LinkCard } from "../web/components/link-card.tsx";
import { Facts } from "../web/components/facts.tsx";
import { usePage } from "../web/page-context.tsx";
import type { ChecklistOwner } from "./readiness-access.ts";
import { documentTypes } from "./readiness-documents.ts";
import { readinessItems, readinessStatuses, type ReadinessStatus } from "./readiness-items.ts";
import { readinessPaths } from "./readiness-paths.ts";
import type { Checklist, HistoryEntry, ItemState, Overview } from "./readiness-repository.ts";
import type { ReadinessChanges } from "./readiness-tables.ts";
import { readinessTexts, type ReadinessTranslator } from "./readiness-texts.ts";

export function formatDate(isoDate: string, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatDateTime(date: Date, lang: Language): string {
  // The registry's locale carries the 24-hour clock and day-before-month in every language, as in Norway.
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Oslo" }).format(date);
}

function formatSize(bytes: number, lang: Language): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), "megabyte"] : [Math.max(1, Math.round(bytes / 1024)), "kilobyte"];
  return new Intl.NumberFormat(intlLocale(lang), { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
}

/** A name in its own direction (FSI … PDI), so a Norwegian name inside Arabic text keeps its place in the sentence. */
const isolate = (text: string) => `\u2068${text}\u2069`;

const statusKey = { "not-started": "notStarted", "in-progress": "inProgress", done: "done", "not-relevant": "notRelevant" } as const;
const statusColor = { "not-started": "neutral", "in-progress": "info", done: "success", "not-relevant": "neutral" } as const;

export function statusLabel(r: ReadinessTranslator, status: ReadinessStatus): string {
  return r(`status.${statusKey[status]}`);
}

export function placeName(r: ReadinessTranslator, owner: Pick<ChecklistOwner, "kind" | "name">): string {
  return r(owner.kind === "region" ? "place.region" : "place.municipality", { name: owner.name });
}

function useTexts() {
  const { lang } = usePage();
  return { lang, r: readinessTexts(lang) };
}

function StatusTag({ status }: { status: ReadinessStatus }) {
  const { r } = useTexts();
  return (
    <Tag data-color={statusColor[status]} data-size="sm">
      {statusLabel(r, status)}
    </Tag>
  );
}

function OverdueTag() {
  const { r } = useTexts();
  return (
    <Tag data-color="danger" data-size="sm">
      {r("checklist.overdue")}
    </Tag>
  );
}

export interface HomeEntry {
  owner: ChecklistOwner;
  done: number;
  canEdit: boolean;
}

export function ReadinessHome({ entries }: { entries: HomeEntry[] }) {
  const { lang, r } = useTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {r("home.title")}
      </Heading>
      <Paragraph>{r("home.lead")}</Paragraph>
      <section className="stack" aria-labelledby="your-checklists">
        <Heading level={2} data-size="sm" id="your-checklists">
          {r("home.yourChecklists")}
        </Heading>
        {entries.length === 0 && <Paragraph>{r("home.noChecklists")}</Paragraph>}
        <div className="card-grid">
          {entries.map((entry) => (
            <LinkCard
              key={`${entry.owner.kind}:${entry.owner.id}`}
              href={readinessPaths.checklist(lang, entry.owner.id)}
              title={placeName(r, entry.owner)}
              text={`${r("checklist.progress", { done: entry.done, total: readinessItems.length })}. ${entry.canEdit ? r("home.canEdit") : r("home.readOnly")}.`}
              headingLevel={3}
            />
          ))}
          <LinkCard href={readinessPaths.overview(lang)} title={r("home.overviewTitle")} text={r("home.overviewText")} headingLevel={3} />
        </div>
      </section>
    </div>
  );
}

export function OverviewPage({ overview }: { overview: Overview }) {
  const { lang, r } = useTexts();
  const started = overview.rows.filter((row) => row.started).length;
  const withOverdue = overview.rows.filter((row) => row.overdue > 0).length;
  // One county on the page: its name in every row would only make the phone's cards longer.
  const showCounty = new Set(overview.rows.map((row) => row.countyNumber)).size > 1;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {r("overview.title")}
      </Heading>
      <Paragraph>{r("overview.lead")}</Paragraph>
      {overview.counties.length > 1 && (
        <form method="get" action={readinessPaths.overview(lang)} className="inline-form">
          <Field>
            <Label htmlFor="field-fylke">{r("overview.county")}</Label>
            <Select id="field-fylke" name="fylke" defaultValue={overview.county ?? ""}>
              <Select.Option value="">{r("overview.allCounties")}</Select.Option>
              {overview.counties.map((county) => (
                <Select.Option key={county.number} value={county.number}>
                  {county.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <div>
            <Button type="submit" variant="secondary">
              {r("overview.show")}
            </Button>
          </div>
        </form>
      )}
      <Paragraph role="status">{r("overview.summary", { started, total: overview.rows.length, withOverdue })}</Paragraph>
      {overview.rows.length === 0 ? (
        <Paragraph>{r("overview.none")}</Paragraph>
      ) : (
        <DataTable
          stacked
          data-size="sm"
          caption={r("overview.caption")}
          columns={[
            { label: r("overview.municipality") },
            ...(showCounty ? [{ label: r("overview.countyColumn") }] : []),
            { label: r("overview.progress") },
            { label: r("overview.overdue") },
            { label: r("overview.lastChanged") },
          ]}
          rows={overview.rows.map((row) => ({
            key: row.number,
            cells: [
              <Link href={readinessPaths.checklist(lang, row.region?.id ?? row.number)}>{row.name}</Link>,
              ...(showCounty ? [row.countyName] : []),
              /* One child, so the phone's two-column card keeps it beside its label. */
              <span>
                {r("overview.progressValue", { done: row.done, total: readinessItems.length })}
                {row.region && (
                  <>
                    <br />
                    <span className="field-hint">{r("overview.viaRegion", { region: isolate(row.region.name) })}</span>
                  </>
                )}
              </span>,
              row.overdue > 0 ? <Tag data-color="danger" data-size="sm">{String(row.overdue)}</Tag> : "0",
              row.lastChanged ? formatDateTime(row.lastChanged, lang) : r("overview.never"),
            ],
          }))}
        />
      )}
      <Link href={readinessPaths.home(lang)}>{r("checklist.toHome")}</Link>
    </div>
  );
}

export function ChecklistPage({ checklist, canEdit, from }: { checklist: Checklist; canEdit: boolean; from?: string }) {
  const { lang, r } = useTexts();
  const { owner } = checklist;
  return (
    <div className="stack">
      <header className="stack">
        <Heading level={1} data-size="lg">
          {r("checklist.title", { place: placeName(r, owner) })}
        </Heading>
        {from && owner.kind === "region" && <Paragraph>{r("checklist.regionNotice", { municipality: from, region: owner.name })}</Paragraph>}
        {owner.kind === "region" && <Paragraph>{r("checklist.covers", { municipalities: owner.members.map((m) => m.name).join(", ") })}</Paragraph>}
        <Paragraph>
          <strong>{r("checklist.progress", { done: checklist.done, total: readinessItems.length })}</strong>
          {checklist.notRelevant > 0 && <>. {r("checklist.notRelevantCount", { count: checklist.notRelevant })}</>}
          {checklist.overdue > 0 && <>. {r("checklist.overdueCount", { count: checklist.overdue })}</>}.
        </Paragraph>
        {!canEdit && (
          <Alert data-color="info">
            <Paragraph>{r("checklist.readOnly")}</Paragraph>
          </Alert>
        )}
      </header>
      <section className="stack" aria-labelledby="items-heading">
        <Heading level={2} data-size="sm" id="items-heading">
          {r("checklist.itemsHeading")}
        </Heading>
        <ol className="plain-list stack">
          {checklist.items.map((item, index) => (
            <li key={item.id}>
              <ItemCard item={item} number={index + 1} place={owner.id} />
            </li>
          ))}
        </ol>
      </section>
      <Link href={readinessPaths.overview(lang)}>{r("checklist.toOverview")}</Link>
    </div>
  );
}

function ItemCard({ item, number, place }: { item: ItemState; number: number; place: string }) {
  const { lang, r } = useTexts();
  return (
    <Card className="stack" data-color="neutral">
      <Heading level={3} data-size="xs">
        <Link href={readinessPaths.item(lang, place, item.id)}>{`${number}. ${r(`items.${item.id}.title`)}`}</Link>
      </Heading>
      <div className="role-row">
        <StatusTag status={item.status} />
        {item.overdue && <OverdueTag />}
      </div>
      <Facts
        facts={[
          [r("checklist.owner"), item.ownerDisplay ? <span dir="auto">{item.ownerDisplay}</span> : r("checklist.noOwner")],
          [r("checklist.due"), item.dueDate ? <time dateTime={item.dueDate}>{formatDate(item.dueDate, lang)}</time> : r("checklist.noDue")],
        ]}
      />
      <Paragraph data-size="sm" className="field-hint">
        {r("checklist.documentsCount", { count: item.documents.length })}
        {" · "}
        {item.updatedAt ? r("checklist.lastChanged", { date: formatDateTime(item.updatedAt, lang) }) : r("checklist.neverChanged")}
      </Paragraph>
    </Card>
  );
}

function RadioGroup({ name, legend, hint, error, options, selected }: { name: string; legend: string; hint?: string; error?: string; options: Array<[string, string]>; selected?: string }) {
  const hintId = hint ? `field-${name}-hint` : undefined;
  const errorId = error ? `field-${name}-error` : undefined;
  return (
    <Fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {hint && (
        <Paragraph data-size="sm" id={hintId} className="field-hint">
          {hint}
        </Paragraph>
      )}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
      {options.map(([value, label], index) => {
        const id = index === 0 ? `field-${name}` : `field-${name}-${value}`;
        return (
          <Field key={value}>
            <Input type="radio" id={id} name={name} value={value} defaultChecked={selected === value} aria-invalid={error ? true : undefined} />
            <Label htmlFor={id} weight="regular">
              {label}
            </Label>
          </Field>
        );
      })}
    </Fieldset>
  );
}

/** Text with its line breaks kept, without relying on a stylesheet. */
function Lines({ text }: { text: string }) {
  return (
    <>
      {text.split("\n").map((line, index) => (
        <Fragment key={index}>
          {index > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </>
  );
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Paragraph data-size="sm" id={id} className="field-hint">
      {children}
    </Paragraph>
  );
}

const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(" ") || undefined;

export interface ItemPageProps {
  owner: ChecklistOwner;
  item: ItemState;
  history: HistoryEntry[];
  canEdit: boolean;
  candidates: Array<{ id: string; name: string }>;
  errors: FormErrors;
  values?: Record<string, string>;
  notice?: string;
}

export function ItemPage({ owner, item, history, canEdit, candidates, errors, values, notice }: ItemPageProps) {
  const { lang, r } = useTexts();
  const index = readinessItems.findIndex((i) => i.id === item.id);
  const definition = readinessItems[index]!;
  const v = values ?? { status: item.status, ownerUser: item.ownerUserId ?? "", ownerName: item.ownerName, dueDate: item.dueDate ?? "", notes: item.notes };
  const labels = {
    status: r("status.legend"),
    ownerUser: r("item.ownerUser"),
    ownerName: r("item.ownerName"),
    dueDate: r("item.dueDate"),
    notes: r("item.notes"),
    document: r("item.document"),
  };
  const accept = documentTypes.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(",");
  return (
    <div className="stack">
      <Link href={readinessPaths.checklist(lang, owner.id)}>{r("item.back")}</Link>
      <header className="stack">
        <Paragraph data-size="sm">
          {placeName(r, owner)} · {r("item.number", { number: index + 1, total: readinessItems.length })}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {r(`items.${item.id}.title`)}
        </Heading>
        <div className="role-row">
          <StatusTag status={item.status} />
          {item.overdue && <OverdueTag />}
        </div>
      </header>
      {notice && (
        <Alert data-color="success" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <section className="stack" aria-labelledby="guidance">
        <Heading level={2} data-size="sm" id="guidance">
          {r("item.guidance")}
        </Heading>
        <Paragraph>{r(`items.${item.id}.guidance`)}</Paragraph>
        <figure className="stack readiness-quote">
          <figcaption>
            <Paragraph data-size="sm">{r("item.quoteIntro")}</Paragraph>
          </figcaption>
          <blockquote lang="nb" dir="ltr">
            <Paragraph>«Har dere {definition.quote}»</Paragraph>
          </blockquote>
        </figure>
        <Paragraph data-size="sm" className="field-hint">
          {r("item.source", { guide: r("guideName"), sections: new Intl.ListFormat(intlLocale(lang), { type: "conjunction" }).format(definition.sections) })}
        </Paragraph>
      </section>

      {canEdit ? (
        <Card className="stack" data-color="neutral">
          <Heading level={2} data-size="sm">
            {r("item.editHeading")}
          </Heading>
          <FormErrorSummary errors={errors} labels={labels} />
          <form method="post" action={readinessPaths.item(lang, owner.id, item.id)} encType="multipart/form-data" className="stack" noValidate>
            <CsrfField />
            <RadioGroup
              name="status"
              legend={labels.status}
              hint={r("item.statusHint")}
              error={errors.fields.status}
              selected={v.status}
              options={readinessStatuses.map((status) => [status, statusLabel(r, status)])}
            />
            <Field>
              <Label htmlFor="field-ownerUser">{labels.ownerUser}</Label>
              <Hint id="field-ownerUser-hint">{r("item.ownerUserHint")}</Hint>
              <Select
                id="field-ownerUser"
                name="ownerUser"
                defaultValue={v.ownerUser}
                aria-describedby={describedBy("field-ownerUser-hint", errors.fields.ownerUser && "field-ownerUser-error")}
                aria-invalid={errors.fields.ownerUser ? true : undefined}
              >
                <Select.Option value="">{r("item.ownerUserNone")}</Select.Option>
                {candidates.map((c) => (
                  <Select.Option key={c.id} value={c.id}>
                    {c.name}
                  </Select.Option>
                ))}
              </Select>
              {errors.fields.ownerUser && <ValidationMessage id="field-ownerUser-error">{errors.fields.ownerUser}</ValidationMessage>}
            </Field>
            <FormField name="ownerName" label={labels.ownerName} hint={r("item.ownerNameHint")} defaultValue={v.ownerName} error={errors.fields.ownerName} maxLength={200} autoComplete="off" dir="auto" />
            <DateField name="dueDate" label={labels.dueDate} hint={r("item.dueDateHint")} defaultValue={v.dueDate} error={errors.fields.dueDate} />
            <Field>
              <Label htmlFor="field-notes">{labels.notes}</Label>
              <Hint id="field-notes-hint">{r("item.notesHint")}</Hint>
              <Textarea
                dir="auto"
                id="field-notes"
                name="notes"
                rows={6}
                defaultValue={v.notes}
                aria-describedby={describedBy("field-notes-hint", errors.fields.notes && "field-notes-error")}
                aria-invalid={errors.fields.notes ? true : undefined}
              />
              {errors.fields.notes && <ValidationMessage id="field-notes-error">{errors.fields.notes}</ValidationMessage>}
            </Field>
            <FormField name="document" type="file" label={labels.document} hint={r("item.documentHint")} error={errors.fields.document} accept={accept} />
            <div>
              <Button type="submit">{r("item.save")}</Button>
            </div>
          </form>
        </Card>
      ) : (
        <>
          <Alert data-color="info">
            <Paragraph>{r("checklist.readOnly")}</Paragraph>
          </Alert>
          <Facts
          facts={[
            [r("checklist.owner"), item.ownerDisplay ? <span dir="auto">{item.ownerDisplay}</span> : r("checklist.noOwner")],
            [r("checklist.due"), item.dueDate ? <time dateTime={item.dueDate}>{formatDate(item.dueDate, lang)}</time> : r("checklist.noDue")],
            [r("item.notes"), item.notes ? <span dir="auto"><Lines text={item.notes} /></span> : "–"],
          ]}
          />
        </>
      )}

      <section className="stack" aria-labelledby="documents">
        <Heading level={2} data-size="sm" id="documents">
          {r("item.documentsHeading")}
        </Heading>
        {item.documents.length === 0 ? (
          <Paragraph>{r("item.noDocuments")}</Paragraph>
        ) : (
          <ul className="plain-list stack">
            {item.documents.map((document) => (
              <li key={document.id} className="role-row">
                <span>
                  <Link href={readinessPaths.document(lang, owner.id, item.id, document.id)} download={document.fileName}>
                    {document.fileName}
                  </Link>{" "}
                  <span className="field-hint">({r("item.documentMeta", { size: formatSize(document.sizeBytes, lang), date: formatDate(document.uploadedAt.toISOString().slice(0, 10), lang) })})</span>
                </span>
                {canEdit && (
                  <form method="post" action={readinessPaths.removeDocument(lang, owner.id, item.id, document.id)}>
                    <CsrfField />
                    <Button type="submit" variant="tertiary" data-size="sm" aria-label={r("item.removeNamed", { name: document.fileName })}>
                      {r("item.remove")}
                    </Button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="stack" aria-labelledby="history">
        <Heading level={2} data-size="sm" id="history">
          {r("item.historyHeading")}
        </Heading>
        {history.length === 0 ? (
          <Paragraph>{r("item.noHistory")}</Paragraph>
        ) : (
          <ol className="plain-list stack">
            {history.map((entry, i) => (
              <li key={i}>
                <Paragraph data-size="sm">
                  <strong>{r("item.historyBy", { date: formatDateTime(entry.at, lang), name: entry.actorName })}</strong>
                </Paragraph>
                <ul>
                  {changeLines(r, lang, entry.changes).map((line, j) => (
                    <li key={j}>
                      <Paragraph data-size="sm">{line}</Paragraph>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

export function changeLines(r: ReadinessTranslator, lang: Language, changes: ReadinessChanges): string[] {
  const none = r("history.none");
  const date = (value: string | null) => (value ? formatDate(value, lang) : none);
  const lines: string[] = [];
  if (changes.status) lines.push(r("history.status", { from: statusLabel(r, changes.status.from), to: statusLabel(r, changes.status.to) }));
  if (changes.owner) lines.push(r("history.owner", { from: changes.owner.from || none, to: changes.owner.to || none }));
  if (changes.dueDate) lines.push(r("history.dueDate", { from: date(changes.dueDate.from), to: date(changes.dueDate.to) }));
  if (changes.notes) lines.push(r("history.notes"));
  if (changes.documentAdded) lines.push(r("history.documentAdded", { name: changes.documentAdded }));
  if (changes.documentRemoved) lines.push(r("history.documentRemoved", { name: changes.documentRemoved }));
  return lines;
}

export function ReadinessNotFound() {
  const { lang, r } = useTexts();
  return (
    <section className="stack">
      <Heading level={1} data-size="lg">
        {r("notFound.title")}
      </Heading>
      <Paragraph>{r("notFound.text")}</Paragraph>
      <Link href={readinessPaths.home(lang)}>{r("checklist.toHome")}</Link>
    </section>
  );
}
