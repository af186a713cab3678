import type { Plan, PlanStep, Profile } from "@velkomst/rules";
import type { Language } from "@velkomst/i18n";
import { directoryPaths } from "../directory/directory-paths.ts";
import { contentPaths } from "../content/content-paths.ts";
import { determinationOrder, legalReferencesOf, verdicts, type LocalHelp } from "./plan-result.tsx";
import { deadlineOf, formatDate } from "./plan-dates.ts";
import { planTexts, type PlanTranslator } from "./plan-texts.ts";
import { indentStep, openTaggedPdf, styles, type PdfWriter, type Struct } from "./pdf-writer.ts";

/** "Min plan" as a PDF (A4, tagged, pdf-writer.ts): the same content as the plan page, in every language of the site. */

export interface PlanPdfInput {
  plan: Plan;
  profile: Profile;
  lang: Language;
  /** The municipality's name, when the person chose one. */
  municipalityName?: string | undefined;
  /** The absolute address that re-creates the plan (answers only, no personal data). */
  shareUrl: string;
  /** The site's own address, for links to its information pages. */
  publicUrl: string;
  /** The chosen municipality's pages and services for each step. */
  local?: LocalHelp | undefined;
  /** The day the file is made (`YYYY-MM-DD`). */
  generatedOn: string;
  /** The creation time in the metadata; tests fix it. */
  now: Date;
}

function stepMeta(step: PlanStep, p: PlanTranslator, lang: Language): string {
  const due = deadlineOf(step, lang);
  const deadline = due ? `${p("result.deadline")} ${due}` : p("result.noDeadline");
  return `${p(`result.kind.${step.kind}`)} · ${deadline}`;
}

function writeRights(w: PdfWriter, root: Struct, input: PlanPdfInput, p: PlanTranslator) {
  const { plan, profile, lang } = input;
  const d = plan.determinations;
  const texts = verdicts(plan, p, lang);
  w.block(root, "H2", p("result.rightsHeading"), styles.h2, { keepWithNext: 3, bookmark: true });
  for (const id of determinationOrder) {
    w.block(root, "H3", d[id].title, styles.h3, { keepWithNext: 2 });
    w.block(root, "P", texts[id], styles.strong);
    w.block(root, "P", d[id].why, styles.small);
    for (const check of d[id].ruleChecks ?? []) {
      w.block(root, "P", `${p("result.ruleCheckSource")} ${check.source.text}`, styles.small, { textDirection: "auto" });
      w.block(root, "P", check.source.href, styles.link, { link: check.source.href, textDirection: "ltr" });
    }
  }
  const children = profile.children ?? [];
  if (children.length > 0) {
    w.block(root, "H3", d.children.title, styles.h3, { keepWithNext: 2 });
    w.list(
      root,
      d.children.value,
      () => "•",
      (body, child, index) => {
        const rights = [child.schoolRight && p("values.childSchool"), child.upperSecondaryRight && p("values.childUpperSecondary")].filter(Boolean).join(" ") || p("values.childNone");
        w.block(body, "P", `${p("values.child", { number: index + 1, year: children[index]!.birthDate.slice(0, 4) })}: ${rights}`, styles.body, { indent: indentStep });
      },
    );
    w.block(root, "P", d.children.why, styles.small);
  }
}

function writeStep(w: PdfWriter, body: Struct, step: PlanStep, input: PlanPdfInput, p: PlanTranslator) {
  const { lang, local } = input;
  const indent = indentStep;
  const headingTop = w.block(body, "H3", step.title, styles.h3, { indent, endIndent: 20, keepWithNext: 3, bookmark: true });
  if (headingTop !== undefined) w.tickBox(headingTop, styles.h3);
  w.block(body, "P", stepMeta(step, p, lang), styles.strong, { indent });
  w.block(body, "H4", p("result.why"), styles.h4, { indent, keepWithNext: 1 });
  w.block(body, "P", step.why, styles.body, { indent });
  const bullets = () => "•";
  if (step.documents.length > 0) {
    w.block(body, "H4", p("result.documents"), styles.h4, { indent, keepWithNext: 1 });
    w.list(body, step.documents, bullets, (item, document) => w.block(item, "P", document, styles.body, { indent: indent + indentStep }));
  }
  const services = local?.services.get(step.id) ?? [];
  if (services.length > 0 && local) {
    w.block(body, "H4", p("result.whereToGo"), styles.h4, { indent, keepWithNext: 1 });
    w.list(body, services, bullets, (item, service) => {
      const url = `${input.publicUrl}${directoryPaths.service(lang, local.municipality, service.id)}`;
      // A phone number is read as one unit: its spaces do not break (no "22 33" / "44 55").
      const phone = service.phone?.trim().replace(/ /g, "\u00a0");
      w.block(item, "P", [service.name, service.streetAddress, phone].filter(Boolean).join(", "), styles.body, { indent: indent + indentStep, textDirection: "auto" });
      w.block(item, "P", url, styles.link, { indent: indent + indentStep, link: url, textDirection: "ltr" });
    });
  }
  const explainers = local?.pages.get(step.id) ?? [];
  if (explainers.length > 0 && local) {
    const municipality = local.municipality;
    w.block(body, "H4", p("result.readMore"), styles.h4, { indent, keepWithNext: 1 });
    w.list(body, explainers, bullets, (item, page) => {
      const url = `${input.publicUrl}${contentPaths.page(lang, municipality, page.slug)}`;
      w.block(item, "P", page.title, styles.body, { indent: indent + indentStep });
      w.block(item, "P", url, styles.link, { indent: indent + indentStep, link: url, textDirection: "ltr" });
    });
  }
  if (step.links.length > 0) {
    w.block(body, "H4", p("result.links"), styles.h4, { indent, keepWithNext: 1 });
    w.list(body, step.links, bullets, (item, link) => {
      w.block(item, "P", link.title, styles.body, { indent: indent + indentStep, textDirection: "auto" });
      w.block(item, "P", link.url, styles.link, { indent: indent + indentStep, link: link.url, textDirection: "ltr" });
    });
  }
  w.block(body, "H4", p("result.legalBasis"), styles.h4, { indent, keepWithNext: 1 });
  // The references are Norwegian law titles in every language, each a link to the provision where the rules give one.
  w.list(body, legalReferencesOf(step), bullets, (item, reference) =>
    w.block(item, "P", reference.text, reference.href ? styles.link : styles.small, { indent: indent + indentStep, lang: "nb", textDirection: "auto", link: reference.href }),
  );
}

/** The plan as a tagged A4 PDF in the reader's language. */
export function planToPdf(input: PlanPdfInput): Promise<Buffer> {
  const { plan, lang } = input;
  const p = planTexts(lang);
  const { doc, writer: w, root, bytes } = openTaggedPdf(lang, { Title: p("pdf.documentTitle"), Subject: p("pdf.subject"), CreationDate: input.now });

  w.block(root, "H1", p("result.title"), styles.h1);
  w.block(root, "P", p("result.lead", { date: formatDate(plan.asOf, lang) }), styles.body);
  if (input.municipalityName) w.block(root, "P", p("pdf.municipality", { name: input.municipalityName }), styles.body);
  w.block(root, "P", p("pdf.generated", { date: formatDate(input.generatedOn, lang) }), styles.body);
  w.block(root, "P", `${p("result.shareLink")}:`, styles.strong);
  w.block(root, "P", input.shareUrl, styles.link, { link: input.shareUrl, textDirection: "ltr" });
  w.block(root, "P", p("result.shareHint"), styles.small);

  writeRights(w, root, input, p);

  w.block(root, "H2", p("result.stepsHeading"), styles.h2, { keepWithNext: 3, bookmark: true });
  if (plan.steps.length === 0) {
    w.block(root, "P", p("result.noSteps"), styles.body);
  } else {
    w.block(root, "P", p("result.stepsLead"), styles.body);
    w.list(
      root,
      plan.steps,
      (_, index) => `${index + 1}.`,
      (body, step) => writeStep(w, body, step, input, p),
    );
  }
  root.end();

  w.footers((number, total) => p("pdf.page", { number, total }), input.shareUrl);
  doc.end();
  return bytes;
}
