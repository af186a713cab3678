import { hasAnyRole, type Viewer } from "../auth/viewer.ts";
import { LinkCard } from "../web/components/link-card.tsx";
import { usePage } from "../web/page-context.tsx";
import { employerStaffRoles } from "./employers-access.ts";
import { employersPaths } from "./employers-paths.ts";
import { employersTexts } from "./employers-texts.ts";

/** The staff start page's cards into the employer front door: the employer's own page, or the municipality's lists. */
export function EmployerTaskCards({ viewer }: { viewer: Viewer }) {
  const { lang } = usePage();
  const e = employersTexts(lang);
  return (
    <>
      {hasAnyRole(viewer, ["employer"]) && <LinkCard href={employersPaths.home(lang)} title={e("staffCard.employerTitle")} text={e("staffCard.employerText")} headingLevel={3} />}
      {hasAnyRole(viewer, employerStaffRoles) && (
        <>
          <LinkCard href={employersPaths.staffEmployers(lang)} title={e("staffCard.staffTitle")} text={e("staffCard.staffText")} headingLevel={3} />
          <LinkCard href={employersPaths.staffNotices(lang)} title={e("staff.noticesTitle")} text={e("staff.noticesLead")} headingLevel={3} />
          <LinkCard href={employersPaths.outreach(lang)} title={e("outreach.title")} text={e("outreach.cardText")} headingLevel={3} />
        </>
      )}
    </>
  );
}
