import type { ReactNode } from "react";
import { Link, Paragraph, SkipLink } from "@digdir/designsystemet-react";
import { languages } from "@velkomst/i18n";
import { usePage } from "../page-context.tsx";
import { hasAnyRole } from "../../auth/viewer.ts";
import { newcomerPaths } from "../../newcomers/newcomer-paths.ts";
import { staffRoles } from "../../staff/roles.ts";
import { inLanguage, paths } from "../paths.ts";
import { CsrfField } from "./csrf-field.tsx";
import { OfflineNotice } from "../../offline/offline-views.tsx";

function LanguagePicker() {
  const { t, lang, path, search } = usePage();
  return (
    <nav aria-label={t("layout.languagePicker")} className="language-picker">
      <ul>
        {languages.map((language) => (
          <li key={language.code}>
            <a
              href={`${inLanguage(path, language.code)}${search}`}
              hrefLang={language.code}
              lang={language.code}
              dir={language.dir}
              aria-current={language.code === lang ? "true" : undefined}
            >
              {language.nativeName}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AccountBar() {
  const { t, lang, viewer } = usePage();
  if (!viewer) {
    return (
      <Link href={paths.signIn(lang)} className="account-link">
        {t("layout.signIn")}
      </Link>
    );
  }
  return (
    <div className="account-bar">
      <span>{t("layout.signedInAs", { name: viewer.name })}</span>
      {hasAnyRole(viewer, staffRoles) ? <Link href={paths.staff(lang)}>{t("layout.staffArea")}</Link> : <Link href={newcomerPaths.myPage(lang)}>{t("layout.myPage")}</Link>}
      <form method="post" action={paths.signOut(lang)}>
        <CsrfField />
        <button type="submit" className="link-button">
          {t("layout.signOut")}
        </button>
      </form>
    </div>
  );
}

/** The page frame: skip link, header with language picker and sign-in, main, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, lang } = usePage();
  return (
    <>
      <SkipLink href="#main">{t("layout.skipToContent")}</SkipLink>
      <header className="site-header">
        <div className="site-header-inner">
          <a href={paths.landing(lang)} className="site-name">
            {t("meta.siteName")}
          </a>
          <AccountBar />
        </div>
        <LanguagePicker />
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <OfflineNotice />
        {children}
      </main>
      <footer className="site-footer">
        <Paragraph data-size="sm">{t("layout.footerAbout")}</Paragraph>
        <Paragraph data-size="sm">{t("layout.footerSource")}</Paragraph>
      </footer>
    </>
  );
}
