import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Alert, Button, Card, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { Type } from "@sinclair/typebox";
import { recordAudit } from "../audit/audit-log.ts";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { signedIn } from "../platform/access.ts";
import { formatDateTime } from "../readiness/readiness-views.tsx";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { languageParam } from "../web/language-param.ts";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import { sendPage } from "../web/render-page.tsx";
import { browserAndSystem } from "./browser-name.ts";
import type { SessionListing } from "./session-store.ts";

function OwnSessionsPage({ sessions, notice }: { sessions: SessionListing[]; notice?: string }) {
  const { t, lang } = usePage();
  const others = sessions.filter((session) => !session.current).length;
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("sessions.title")}
      </Heading>
      <Paragraph>{t("sessions.lead")}</Paragraph>
      {notice && (
        <Alert data-color="success" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <ul className="plain-list stack">
        {sessions.map((session, index) => {
          const device = browserAndSystem(session.userAgent);
          return (
            <li key={index}>
              <Card className="stack">
                <Heading level={2} data-size="xs">
                  {device ? t("sessions.browserOn", device) : t("sessions.unknownBrowser")} {session.current && <Tag data-color="success">{t("sessions.thisBrowser")}</Tag>}
                </Heading>
                <dl className="contact-list">
                  <dt>{t("sessions.signedInAt")}</dt>
                  <dd>{formatDateTime(session.createdAt, lang)}</dd>
                  <dt>{t("sessions.lastUsed")}</dt>
                  <dd>{formatDateTime(session.lastSeenAt, lang)}</dd>
                  {session.ip && (
                    <>
                      <dt>{t("sessions.address")}</dt>
                      <dd dir="ltr">{session.ip}</dd>
                    </>
                  )}
                </dl>
              </Card>
            </li>
          );
        })}
      </ul>
      {others > 0 ? (
        <form method="post" action={paths.signOutOtherSessions(lang)}>
          <CsrfField />
          <Button type="submit" variant="secondary">
            {t("sessions.signOutOthers")}
          </Button>
        </form>
      ) : (
        <Paragraph>{t("sessions.onlyThisOne")}</Paragraph>
      )}
    </div>
  );
}

/** Where one is signed in, for staff and newcomers alike, with "sign out everywhere else". */
export const ownSessionsPages: FastifyPluginAsync = async (app) => {
  const { db, sessions } = app.services;
  const langParams = Type.Object({ lang: languageParam });

  async function render(request: FastifyRequest, reply: FastifyReply, notice?: string) {
    const list = await sessions.listOf(request.viewer!.id, request.sessionToken);
    return sendPage(request, reply, <OwnSessionsPage sessions={list} notice={notice} />, { title: uiTranslator(request.language)("sessions.title") });
  }

  app.get("/:lang/innlogginger", { config: { access: signedIn }, schema: { params: langParams } }, (request, reply) => render(request, reply));

  app.post("/:lang/innlogginger/logg-ut-andre", { config: { access: signedIn }, schema: { params: langParams }, preValidation: app.csrfProtection }, async (request, reply) => {
    const viewer = request.viewer!;
    const ended = await sessions.deleteOthersOf(viewer.id, request.sessionToken!);
    await recordAudit(db, { actorUserId: viewer.id, action: "sessions.signed-out-elsewhere", subjectType: "user", subjectId: viewer.id, details: { ended }, ip: request.ip });
    return render(request, reply, uiTranslator(request.language)("sessions.signedOutOthers"));
  });
};
