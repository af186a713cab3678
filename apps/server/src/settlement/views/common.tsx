import { ModuleStylesheet } from "../../web/components/module-stylesheet.tsx";
import type { ReactNode } from "react";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Language } from "@velkomst/i18n";
import type { FieldError } from "@velkomst/validation";
import { usePage } from "../../web/page-context.tsx";
import { paths } from "../../web/paths.ts";
import { settlementPaths } from "../settlement-paths.ts";
import { settlementTexts, type SettlementTranslator } from "../settlement-texts.ts";
import { settlementNb } from "../messages/nb.ts";

export { Notice } from "../../web/components/notice.tsx";

/**
 * The module's translator for the page's language. On right-to-left pages every text value put
 * into a message (references like B-2026-0012, municipality names, reasons written in Norwegian)
 * is wrapped in Unicode isolates (FSI … PDI), so it keeps its own direction inside the Arabic
 * sentence instead of reordering it.
 */
export function useSettlementTexts(): SettlementTranslator {
  const { lang, dir } = usePage();
  const st = settlementTexts(lang);
  if (dir !== "rtl") return st;
  const isolated = ((key, values) =>
    st(key, values && Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === "string" ? `\u2068${value}\u2069` : value])))) as SettlementTranslator;
  return Object.assign(isolated, { locale: st.locale });
}

/** A value written left to right (a reference, a number with letters) kept whole in a right-to-left page. */
export function Ltr({ children }: { children: ReactNode }) {
  return <bdi dir="ltr">{children}</bdi>;
}

export function formatNumber(lang: Language, value: number, digits = 0): string {
  return new Intl.NumberFormat(settlementTexts(lang).locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

export function formatPercent(lang: Language, value: number): string {
  return new Intl.NumberFormat(settlementTexts(lang).locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
}

export function formatDateTime(lang: Language, value: Date | string): string {
  return new Intl.DateTimeFormat(settlementTexts(lang).locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Oslo" }).format(new Date(value));
}

export function formatDate(lang: Language, value: string): string {
  return new Intl.DateTimeFormat(settlementTexts(lang).locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${value}T00:00:00Z`));
}

/** Field problems in the reader's language, by the codes the settlement service and schemas use. */
export function settlementFieldErrors(errors: readonly FieldError[], st: SettlementTranslator): Record<string, string> {
  const known = new Set(Object.keys(settlementNb.errors));
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const field = error.path.split(/[.[]/)[0] || "form";
    if (fields[field]) continue;
    const code = error.code === "minimum" || error.code === "type" ? "integer" : error.code.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase());
    const key = (known.has(code) ? code : "invalid") as keyof typeof settlementNb.errors;
    fields[field] = st(`errors.${key}`, { limit: String(error.params?.limit ?? "") });
  }
  return fields;
}

export interface SectionNavProps {
  year?: number;
  current: "overview" | "runs" | "enquiries" | "weights" | "fairness" | "households" | "years";
  national: boolean;
}

/** Links between the settlement pages; a municipality-admin sees only theirs. */
export function SectionNav({ year, current, national }: SectionNavProps) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const links: Array<{ key: SectionNavProps["current"]; href: string; label: string }> = [];
  links.push({ key: "years", href: settlementPaths.home(lang), label: st("nav.allYears") });
  if (year !== undefined) {
    links.push({ key: "overview", href: settlementPaths.year(lang, year), label: st("nav.overview") });
    if (national) links.push({ key: "runs", href: settlementPaths.runs(lang, year), label: st("nav.runs") });
    links.push({ key: "enquiries", href: settlementPaths.enquiries(lang, year), label: st("nav.enquiries") });
    if (national) {
      links.push({ key: "weights", href: settlementPaths.weights(lang, year), label: st("nav.weights") });
      links.push({ key: "fairness", href: settlementPaths.fairness(lang, year), label: st("nav.fairness") });
    }
  }
  links.push({ key: "households", href: settlementPaths.households(lang), label: st("nav.households") });
  return (
    <nav aria-label={st("nav.label")} className="settlement-nav">
      <ul>
        <li>
          <a href={paths.staff(lang)}>{usePage().t("staff.dashboardTitle")}</a>
        </li>
        {links.map((link) => (
          <li key={link.key}>
            <a href={link.href} aria-current={link.key === current ? "page" : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A table wider than a phone scrolls sideways inside this region; the region takes keyboard
 * focus so the scroll works without a mouse (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** The module's stylesheet; React hoists it into the head. */
export function SettlementStyles() {
  return <ModuleStylesheet name="settlement.css" />;
}

export function Problem({ text }: { text?: string }) {
  const st = useSettlementTexts();
  if (!text) return null;
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {st("errors.title")}
      </Heading>
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}

export function PageHeading({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <header className="stack">
      <Heading level={1} data-size="lg">
        {children}
      </Heading>
      {lead && <Paragraph>{lead}</Paragraph>}
    </header>
  );
}

/** A labelled list of figures (term and value), two columns wide where there is room. */
export function Figures({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <dl className="settlement-figures">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface BarSeries {
  key: string;
  label: string;
  colour: string;
}

/**
 * Horizontal bars drawn as SVG rectangles (no script, no inline style: the CSP allows neither).
 * The figures are in the text of each row and in a table on the same page, so the drawing is
 * hidden from screen readers. Mirrored in right-to-left pages.
 */
export function BarChart({ title, rows, series, max }: { title: string; rows: Array<{ label: string; text: string; values: Record<string, number> }>; series: BarSeries[]; max: number }) {
  const { dir } = usePage();
  const scale = max > 0 ? 100 / max : 0;
  const barHeight = 6;
  return (
    <figure className="settlement-chart">
      <figcaption>
        <Heading level={3} data-size="xs">
          {title}
        </Heading>
        <ul className="settlement-legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key}>
              <svg width="14" height="14" viewBox="0 0 14 14" focusable="false">
                <rect width="14" height="14" fill={s.colour} />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
      <ul className="settlement-bars">
        {rows.map((row) => (
          <li key={row.label}>
            <span className="settlement-bar-label">{row.label}</span>
            <span className="settlement-bar-text">{row.text}</span>
            <svg
              className="settlement-bar"
              viewBox={`0 0 100 ${series.length * (barHeight + 2)}`}
              preserveAspectRatio="none"
              width="100%"
              height={series.length * (barHeight + 2) * 1.5}
              aria-hidden="true"
              focusable="false"
            >
              <g transform={dir === "rtl" ? "translate(100 0) scale(-1 1)" : undefined}>
                {series.map((s, index) => (
                  <rect key={s.key} x="0" y={index * (barHeight + 2)} width={Math.max(0, (row.values[s.key] ?? 0) * scale)} height={barHeight} fill={s.colour} />
                ))}
              </g>
            </svg>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Colours of the chart series: dark enough for 3:1 against the page (WCAG 1.4.11). */
export const seriesColours = { requested: "#2f5a94", decided: "#00756a", settled: "#b04a00" } as const;
