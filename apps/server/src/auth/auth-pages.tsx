import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { Type } from "@sinclair/typebox";
import { createValidator } from "@velkomst/validation";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { publicAccess } from "../platform/access.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField } from "../web/components/form-field.tsx";
import { formFields, noErrors, translateFieldErrors } from "../web/form-validation.ts";
import { usePage } from "../web/page-context.tsx";
import { homeFor, paths } from "../web/paths.ts";
import { sendPage } from "../web/render-page.tsx";
import { MessagePage } from "../web/pages/message-page.tsx";
import { passwordProblems } from "../staff/staff-administration.ts";
import { emailSchema, passwordSchema } from "../staff/staff-schemas.ts";
import { minimumPasswordLength } from "./passwords.ts";
import { clearSessionCookie, setSessionCookie, setRetryAfter, signInClient } from "./session-api.ts";
import { languageParam } from "../web/language-param.ts";
import { newcomerPaths } from "../newcomers/newcomer-paths.ts";

const validateSignIn = createValidator(Type.Object({ email: emailSchema, password: passwordSchema }));
const validateEmail = createValidator(Type.Object({ email: emailSchema }));
const langParams = Type.Object({ lang: languageParam });

/** Only local paths may be a return address, never another site. */
function safeReturnPath(value: unknown, fallback: string): string {
  return typeof value === "string" && /^\/[a-z]{2}\/[^/\\]/.test(value) && !value.startsWith("//") ? value : fallback;
}

function SignInPage({ email, errors, message, returnTo }: { email: string; errors: FormErrors; message?: string; returnTo?: string }) {
  const { t, lang } = usePage();
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("auth.signInTitle")}
      </Heading>
      <Paragraph>{t("auth.signInLead")}</Paragraph>
      {message && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
      <FormErrorSummary errors={errors} labels={{ email: t("auth.email"), password: t("auth.password") }} />
      <form method="post" action={paths.signIn(lang)} className="stack" noValidate>
        <CsrfField />
        {returnTo && <input type="hidden" name="tilbake" value={returnTo} />}
        <FormField name="email" type="email" autoComplete="username" label={t("auth.email")} defaultValue={email} error={errors.fields.email} required />
        <FormField name="password" type="password" autoComplete="current-password" label={t("auth.password")} error={errors.fields.password} required />
        <div>
          <Button type="submit">{t("auth.submitSignIn")}</Button>
        </div>
      </form>
      <Link href={paths.forgotPassword(lang)}>{t("auth.forgotPassword")}</Link>
      <Paragraph>
        {t("auth.noAccount")} <Link href={newcomerPaths.register(lang)}>{t("auth.createAccount")}</Link>
      </Paragraph>
    </div>
  );
}

function SecondFactorPage({ error }: { error?: string }) {
  const { t, lang } = usePage();
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("auth.secondFactorTitle")}
      </Heading>
      <Paragraph>{t("auth.secondFactorLead")}</Paragraph>
      <form method="post" action={paths.secondFactor(lang)} className="stack" noValidate>
        <CsrfField />
        <FormField name="code" inputMode="numeric" autoComplete="one-time-code" label={t("auth.code")} error={error} required />
        <div>
          <Button type="submit">{t("auth.submitCode")}</Button>
        </div>
      </form>
    </div>
  );
}

function ForgotPasswordPage({ errors, sent }: { errors: FormErrors; sent: boolean }) {
  const { t, lang } = usePage();
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("auth.forgotTitle")}
      </Heading>
      {sent ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t("auth.linkSent")}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t("auth.forgotLead")}</Paragraph>
          <FormErrorSummary errors={errors} labels={{ email: t("auth.email") }} />
          <form method="post" action={paths.forgotPassword(lang)} className="stack" noValidate>
            <CsrfField />
            <FormField name="email" type="email" autoComplete="email" label={t("auth.email")} error={errors.fields.email} required />
            <div>
              <Button type="submit">{t("auth.sendLink")}</Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}

function SetPasswordPage({ token, email, invitation, errors }: { token: string; email: string; invitation: boolean; errors: FormErrors }) {
  const { t, lang } = usePage();
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {invitation ? t("auth.acceptInvitationTitle") : t("auth.newPasswordTitle")}
      </Heading>
      {invitation && <Paragraph>{t("auth.acceptInvitationLead", { email })}</Paragraph>}
      <FormErrorSummary errors={errors} labels={{ password: t("auth.newPassword"), confirm: t("auth.confirmPassword") }} />
      <form method="post" action={paths.setPassword(lang, token)} className="stack" noValidate>
        <CsrfField />
        <input type="text" name="username" autoComplete="username" defaultValue={email} hidden readOnly />
        <FormField
          name="password"
          type="password"
          autoComplete="new-password"
          label={t("auth.newPassword")}
          hint={t("auth.newPasswordHint", { min: minimumPasswordLength })}
          error={errors.fields.password}
          required
        />
        <FormField name="confirm" type="password" autoComplete="new-password" label={t("auth.confirmPassword")} error={errors.fields.confirm} required />
        <div>
          <Button type="submit">{t("auth.savePassword")}</Button>
        </div>
      </form>
    </div>
  );
}

/** "Try again after 10:32": the minute is rounded up, so the time shown is never too early; Retry-After has the seconds. */
export function waitMessage(request: FastifyRequest, reply: FastifyReply, until: Date): string {
  setRetryAfter(reply, until);
  const minute = new Date(Math.ceil(until.getTime() / 60_000) * 60_000);
  const time = minute.toLocaleTimeString(`${request.language}-NO`, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Oslo" });
  return uiTranslator(request.language)("auth.waitBeforeRetry", { time });
}

export const authPages: FastifyPluginAsync = async (app) => {
  const { authentication, sessions, staff, users } = app.services;
  const csrf = app.csrfProtection;

  app.get("/:lang/logg-inn", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) => {
    const t = uiTranslator(request.language);
    if (request.viewer) return reply.redirect(homeFor(request.language, request.viewer.assignments), 303);
    const returnTo = safeReturnPath((request.query as Record<string, unknown>).tilbake, "");
    return sendPage(request, reply, <SignInPage email="" errors={noErrors} returnTo={returnTo || undefined} />, { title: t("auth.signInTitle") });
  });

  app.post("/:lang/logg-inn", { config: { access: publicAccess }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const t = uiTranslator(request.language);
    const form = formFields(request.body);
    const title = t("auth.signInTitle");
    const returnTo = safeReturnPath(form.tilbake, "");
    const input = validateSignIn({ email: form.email?.trim() ?? "", password: form.password ?? "" });
    if (!input.ok) {
      return sendPage(request, reply, <SignInPage email={form.email ?? ""} errors={translateFieldErrors(input.errors, t)} returnTo={form.tilbake} />, { title, status: 400 });
    }
    const result = await authentication.signIn(input.value.email, input.value.password, signInClient(request));
    if (result.outcome !== "signed-in") {
      const message =
        result.outcome === "wait"
          ? waitMessage(request, reply, result.until)
          : result.outcome === "too-many-attempts"
            ? t("auth.tooManyAttempts")
            : t("auth.invalidCredentials");
      const status = result.outcome === "invalid-credentials" ? 401 : 429;
      return sendPage(request, reply, <SignInPage email={input.value.email} errors={noErrors} message={message} returnTo={form.tilbake} />, { title, status });
    }
    setSessionCookie(request, reply, result.token, result.policy);
    if (result.secondFactorRequired) return reply.redirect(paths.secondFactor(request.language), 303);
    return reply.redirect(returnTo || homeFor(request.language, (await users.findById(result.userId))?.assignments ?? []), 303);
  });

  app.get("/:lang/logg-inn/kode", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) => {
    if (!request.pendingSecondFactor) return reply.redirect(paths.signIn(request.language), 303);
    return sendPage(request, reply, <SecondFactorPage />, { title: uiTranslator(request.language)("auth.secondFactorTitle") });
  });

  app.post("/:lang/logg-inn/kode", { config: { access: publicAccess }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const t = uiTranslator(request.language);
    const pending = request.pendingSecondFactor;
    if (!pending) return reply.redirect(paths.signIn(request.language), 303);
    const code = formFields(request.body).code ?? "";
    const result = await authentication.completeSecondFactor(pending, code, request.ip);
    if (result.outcome === "sign-in-again") {
      clearSessionCookie(request, reply);
      return sendPage(request, reply, <SignInPage email="" errors={noErrors} message={t("auth.signInAgain")} />, { title: t("auth.signInTitle"), status: 401 });
    }
    if (result.outcome !== "signed-in") {
      const error = result.outcome === "wait" ? waitMessage(request, reply, result.until) : t("auth.invalidCode");
      return sendPage(request, reply, <SecondFactorPage error={error} />, { title: t("auth.secondFactorTitle"), status: result.outcome === "wait" ? 429 : 401 });
    }
    return reply.redirect(homeFor(request.language, (await users.findById(pending.userId))?.assignments ?? []), 303);
  });

  app.post("/:lang/logg-ut", { config: { access: publicAccess }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    if (request.sessionToken) await sessions.delete(request.sessionToken);
    clearSessionCookie(request, reply);
    // The browser's cache of pages seen while signed in; the service worker forgets its saved pages itself.
    reply.header("Clear-Site-Data", '"cache"');
    const t = uiTranslator(request.language);
    return sendPage(request, reply, <MessagePage title={t("layout.signOut")} text={t("auth.signedOut")} color="info" link={{ href: paths.landing(request.language), label: t("errors.toFrontPage") }} />, {
      title: t("layout.signOut"),
    });
  });

  app.get("/:lang/glemt-passord", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) =>
    sendPage(request, reply, <ForgotPasswordPage errors={noErrors} sent={false} />, { title: uiTranslator(request.language)("auth.forgotTitle") }),
  );

  app.post("/:lang/glemt-passord", { config: { access: publicAccess }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const t = uiTranslator(request.language);
    const input = validateEmail({ email: formFields(request.body).email?.trim() ?? "" });
    if (!input.ok) return sendPage(request, reply, <ForgotPasswordPage errors={translateFieldErrors(input.errors, t)} sent={false} />, { title: t("auth.forgotTitle"), status: 400 });
    await staff.requestPasswordReset(input.value.email, request.language);
    return sendPage(request, reply, <ForgotPasswordPage errors={noErrors} sent />, { title: t("auth.forgotTitle") });
  });

  const tokenParams = Type.Object({ lang: languageParam, token: Type.String({ maxLength: 200 }) });

  app.get("/:lang/nytt-passord/:token", { config: { access: publicAccess }, schema: { params: tokenParams } }, async (request, reply) => {
    const t = uiTranslator(request.language);
    const { token } = request.params as { token: string };
    const valid = await staff.findValidToken(token);
    if (!valid) {
      return sendPage(request, reply, <MessagePage title={t("auth.newPasswordTitle")} text={t("auth.tokenInvalid")} color="danger" link={{ href: paths.forgotPassword(request.language), label: t("auth.forgotPassword") }} />, {
        title: t("auth.newPasswordTitle"),
        status: 410,
      });
    }
    return sendPage(request, reply, <SetPasswordPage token={token} email={valid.email} invitation={valid.purpose === "invitation"} errors={noErrors} />, {
      title: t("auth.newPasswordTitle"),
    });
  });

  app.post("/:lang/nytt-passord/:token", { config: { access: publicAccess }, schema: { params: tokenParams }, preValidation: csrf }, async (request, reply) => {
    const t = uiTranslator(request.language);
    const { token } = request.params as { token: string };
    const form = formFields(request.body);
    const valid = await staff.findValidToken(token);
    const invalidLink = () =>
      sendPage(request, reply, <MessagePage title={t("auth.newPasswordTitle")} text={t("auth.tokenInvalid")} color="danger" link={{ href: paths.forgotPassword(request.language), label: t("auth.forgotPassword") }} />, {
        title: t("auth.newPasswordTitle"),
        status: 410,
      });
    if (!valid) return invalidLink();
    const password = form.password ?? "";
    const errors = translateFieldErrors(passwordProblems(password), t);
    if (!errors.fields.password && password !== form.confirm) errors.fields.confirm = t("auth.passwordsDiffer");
    if (Object.keys(errors.fields).length > 0) {
      return sendPage(request, reply, <SetPasswordPage token={token} email={valid.email} invitation={valid.purpose === "invitation"} errors={errors} />, {
        title: t("auth.newPasswordTitle"),
        status: 400,
      });
    }
    if (!(await staff.setPasswordWithToken(token, password, request.ip))) return invalidLink();
    return sendPage(request, reply, <MessagePage title={t("auth.newPasswordTitle")} text={t("auth.passwordSaved")} color="success" link={{ href: paths.signIn(request.language), label: t("auth.signInTitle") }} />, {
      title: t("auth.newPasswordTitle"),
    });
  });
};
