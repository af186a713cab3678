import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Alert, Button, Card, Field, Heading, Label, Link, List, Paragraph, Select, Table, Tag } from "@digdir/designsystemet-react";
import { Type } from "@sinclair/typebox";
import { createValidator, StringEnum } from "@velkomst/validation";
import type { Viewer } from "../auth/viewer.ts";
import { hasAnyRole } from "../auth/viewer.ts";
import { newTotpSecret, totpStepOf, totpUri } from "../auth/second-factor.ts";
import { waitMessage } from "../auth/auth-pages.tsx";
import { recordAudit } from "../audit/audit-log.ts";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { languageParam } from "../web/language-param.ts";
import { rolesAllowed, staffOnly } from "../platform/access.ts";
import { DomainError, InvalidInputError } from "../platform/domain-errors.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField } from "../web/components/form-field.tsx";
import { formFields, noErrors, translateFieldErrors } from "../web/form-validation.ts";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import { sendPage } from "../web/render-page.tsx";
import { grantableRoles, staffRoles, type Role, type Scope } from "./roles.ts";
import { decodeScope, encodeScope, grantableScopeOptions, scopeNamer, type ScopeOption } from "./scope-options.ts";
import { emailSchema, nameSchema } from "./staff-schemas.ts";
import type { StaffUser } from "./user-repository.ts";
import { staffTodo, type TodoItem } from "./staff-todo.ts";
import { TaskCardGroups } from "./staff-task-cards.tsx";
import { rulesBeingChecked, type RuleCheck } from "@velkomst/rules";
import { RulesStatusBlock } from "../plans/rules-status-block.tsx";

const administratorRoles: Role[] = ["national-admin", "municipality-admin"];
const langParams = Type.Object({ lang: languageParam });
const validateInvitation = createValidator(
  Type.Object({ name: nameSchema, email: emailSchema, role: StringEnum(staffRoles), scope: Type.String({ minLength: 1 }) }),
);

/** The work waiting for the viewer, most urgent first, each a link to where it is done. */
function TodoBlock({ todo }: { todo: readonly TodoItem[] }) {
  const { t } = usePage();
  const textKey = { overdue: "staff.todoOverdue", enquiries: "staff.todoEnquiries", households: "staff.todoHouseholds", approvals: "staff.todoApprovals", planRequests: "staff.todoPlanRequests" } as const;
  return (
    <section className="stack staff-todo" aria-labelledby="todo">
      <Heading level={2} data-size="sm" id="todo">
        {t("staff.todoTitle")}
      </Heading>
      {todo.length === 0 ? (
        <Paragraph>{t("staff.todoNone")}</Paragraph>
      ) : (
        <ul className="plain-list stack">
          {todo.map((item) => (
            <li key={item.kind} data-kind={item.kind} data-count={item.count}>
              <Link href={item.href}>{t(textKey[item.kind], { count: item.count })}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Dashboard({ nameOf, todo, ruleChecks }: { nameOf: (scope: Scope) => string; todo: readonly TodoItem[]; ruleChecks: readonly RuleCheck[] | undefined }) {
  const { t, viewer } = usePage();
  if (!viewer) return null;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("staff.dashboardTitle")}
      </Heading>
      <Paragraph>{t("staff.dashboardLead", { name: viewer.name })}</Paragraph>
      <TodoBlock todo={todo} />
      <section className="stack" aria-labelledby="your-roles">
        <Heading level={2} data-size="sm" id="your-roles">
          {t("staff.yourRoles")}
        </Heading>
        <List.Unordered>
          {viewer.assignments.map((a) => (
            <List.Item key={`${a.role}-${encodeScope(a.scope)}`}>{t("staff.roleIn", { role: t(`roles.${a.role}`), scope: nameOf(a.scope) })}</List.Item>
          ))}
        </List.Unordered>
      </section>
      <TaskCardGroups viewer={viewer} />
      {ruleChecks && <RulesStatusBlock checks={ruleChecks} />}
    </div>
  );
}

interface UsersPageProps {
  users: StaffUser[];
  scopeOptions: ScopeOption[];
  nameOf: (scope: Scope) => string;
  grantable: readonly Role[];
  errors: FormErrors;
  values: Record<string, string>;
  notice?: string;
}

function ScopeSelect({ id, options, defaultValue, error }: { id: string; options: ScopeOption[]; defaultValue?: string; error?: string }) {
  const { t } = usePage();
  return (
    <Field>
      <Label htmlFor={id}>{t("staff.scope")}</Label>
      <Paragraph data-size="sm" id={`${id}-hint`} className="field-hint">
        {t("staff.scopeHint")}
      </Paragraph>
      <Select id={id} name="scope" defaultValue={defaultValue} aria-describedby={`${id}-hint`} aria-invalid={error ? true : undefined}>
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {error && <p className="ds-validation-message">{error}</p>}
    </Field>
  );
}

function RoleSelect({ id, grantable, defaultValue }: { id: string; grantable: readonly Role[]; defaultValue?: string }) {
  const { t } = usePage();
  return (
    <Field>
      <Label htmlFor={id}>{t("staff.role")}</Label>
      <Select id={id} name="role" defaultValue={defaultValue}>
        {grantable.map((role) => (
          <Select.Option key={role} value={role}>
            {t(`roles.${role}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

function UsersPage({ users, scopeOptions, nameOf, grantable, errors, values, notice }: UsersPageProps) {
  const { t, lang } = usePage();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("staff.usersTitle")}
      </Heading>
      <Paragraph>{t("staff.usersLead")}</Paragraph>
      {notice && (
        <Alert data-color="success" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <div className="table-scroll">
        <Table className="stacked-table">
          <caption className="ds-sr-only">{t("staff.usersTitle")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("staff.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("staff.email")}</Table.HeaderCell>
              <Table.HeaderCell>{t("staff.roles")}</Table.HeaderCell>
              <Table.HeaderCell>{t("staff.status")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {users.map((user) => (
              <Table.Row key={user.id}>
                <Table.Cell data-label={t("staff.name")}>{user.name}</Table.Cell>
                <Table.Cell data-label={t("staff.email")}>
                  <span dir="ltr">{user.email}</span>
                </Table.Cell>
                <Table.Cell data-label={t("staff.roles")}>
                  <ul className="plain-list">
                    {user.assignments.map((a) => {
                      const label = t("staff.roleIn", { role: t(`roles.${a.role}`), scope: nameOf(a.scope) });
                      const removable = grantable.includes(a.role) && scopeOptions.some((o) => o.value === encodeScope(a.scope));
                      return (
                        <li key={`${a.role}-${encodeScope(a.scope)}`} className="role-row">
                          <span>{label}</span>
                          {removable && (
                            <form method="post" action={paths.staffUserRoleRemoval(lang, user.id)}>
                              <CsrfField />
                              <input type="hidden" name="role" value={a.role} />
                              <input type="hidden" name="scope" value={encodeScope(a.scope)} />
                              <Button type="submit" variant="tertiary" data-size="sm" aria-label={t("staff.removeRole", { role: t(`roles.${a.role}`), scope: nameOf(a.scope) })}>
                                ✕
                              </Button>
                            </form>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </Table.Cell>
                <Table.Cell data-label={t("staff.status")}>
                  <Tag data-color={user.disabled ? "danger" : user.hasPassword ? "success" : "warning"}>
                    {user.disabled ? t("staff.statusDisabled") : user.hasPassword ? t("staff.statusActive") : t("staff.statusInvited")}
                  </Tag>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Card className="stack">
        <Heading level={2} data-size="sm">
          {t("staff.inviteTitle")}
        </Heading>
        <FormErrorSummary errors={errors} labels={{ name: t("staff.name"), email: t("staff.email"), role: t("staff.role"), scope: t("staff.scope") }} />
        <form method="post" action={paths.staffUsers(lang)} className="stack" noValidate>
          <CsrfField />
          <FormField name="name" label={t("staff.name")} defaultValue={values.name} error={errors.fields.name} autoComplete="off" required />
          <FormField name="email" type="email" label={t("staff.email")} defaultValue={values.email} error={errors.fields.email} autoComplete="off" required />
          <RoleSelect id="field-role" grantable={grantable} defaultValue={values.role} />
          <ScopeSelect id="field-scope" options={scopeOptions} defaultValue={values.scope} error={errors.fields.scope} />
          <div>
            <Button type="submit">{t("staff.invite")}</Button>
          </div>
        </form>
      </Card>
    </div>
  );
}

const reauthenticationLabels = (t: (key: "auth.password" | "auth.code") => string) => ({ password: t("auth.password"), code: t("auth.code") });

/** Password and current code: asked again before two-factor sign-in is switched on or off. */
function ReauthenticationFields({ errors }: { errors: FormErrors }) {
  const { t } = usePage();
  return (
    <>
      <FormField name="password" type="password" autoComplete="current-password" label={t("auth.password")} error={errors.fields.password} required />
      <FormField name="code" inputMode="numeric" autoComplete="one-time-code" label={t("auth.code")} error={errors.fields.code} required />
    </>
  );
}

function AccountPage({ pendingSecret, notice, errors = noErrors }: { pendingSecret?: string; notice?: string; errors?: FormErrors }) {
  const { t, lang, viewer } = usePage();
  if (!viewer) return null;
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("staff.accountTitle")}
      </Heading>
      {notice && (
        <Alert data-color="success" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <section className="stack" aria-labelledby="totp">
        <Heading level={2} data-size="sm" id="totp">
          {t("staff.totpTitle")}
        </Heading>
        <FormErrorSummary errors={errors} labels={reauthenticationLabels(t)} />
        {viewer.totpEnabled ? (
          <>
            <Paragraph>{t("staff.totpOn")}</Paragraph>
            <form method="post" action={paths.accountTotpDisable(lang)} className="stack" noValidate>
              <CsrfField />
              <Paragraph data-size="sm">{t("staff.totpConfirmLead")}</Paragraph>
              <ReauthenticationFields errors={errors} />
              <div>
                <Button type="submit" variant="secondary">
                  {t("staff.totpDisable")}
                </Button>
              </div>
            </form>
          </>
        ) : pendingSecret ? (
          <>
            <Paragraph>{t("staff.totpSetupLead")}</Paragraph>
            <Paragraph>
              {t("staff.totpSecret")}: <code dir="ltr" className="secret">{pendingSecret}</code>
            </Paragraph>
            <Link href={totpUri(pendingSecret, viewer.email)}>{t("staff.totpLink")}</Link>
            <form method="post" action={paths.accountTotpConfirm(lang)} className="stack" noValidate>
              <CsrfField />
              <Paragraph data-size="sm">{t("staff.totpConfirmLead")}</Paragraph>
              <ReauthenticationFields errors={errors} />
              <div>
                <Button type="submit">{t("staff.totpConfirm")}</Button>
              </div>
            </form>
          </>
        ) : (
          <>
            <Paragraph>{t("staff.totpOff")}</Paragraph>
            <form method="post" action={paths.accountTotp(lang)}>
              <CsrfField />
              <Button type="submit">{t("staff.totpStart")}</Button>
            </form>
          </>
        )}
      </section>
      <section className="stack" aria-labelledby="own-sessions">
        <Heading level={2} data-size="sm" id="own-sessions">
          {t("sessions.title")}
        </Heading>
        <Link href={paths.ownSessions(lang)}>{t("sessions.linkText")}</Link>
      </section>
    </div>
  );
}

export const staffPages: FastifyPluginAsync = async (app) => {
  const { authentication, clock, db, sessions, staff, users } = app.services;
  const csrf = app.csrfProtection;
  const administrators = rolesAllowed(...administratorRoles);

  const grantableFor = (viewer: Viewer): Role[] => staffRoles.filter((role) => viewer.assignments.some((a) => grantableRoles[a.role].includes(role)));

  async function renderUsers(request: FastifyRequest, reply: FastifyReply, extra: { errors?: FormErrors; values?: Record<string, string>; notice?: string; status?: number }) {
    const viewer = request.viewer!;
    const t = uiTranslator(request.language);
    const nameOf = await scopeNamer(db, t);
    const [list, scopeOptions] = await Promise.all([staff.visibleUsers(viewer, request.ip), grantableScopeOptions(db, viewer, nameOf)]);
    return sendPage(
      request,
      reply,
      <UsersPage
        users={list}
        scopeOptions={scopeOptions}
        nameOf={nameOf}
        grantable={grantableFor(viewer)}
        errors={extra.errors ?? noErrors}
        values={extra.values ?? {}}
        notice={extra.notice}
      />,
      { title: t("staff.usersTitle"), status: extra.status },
    );
  }

  /** Domain refusals become messages on the form instead of error pages. */
  async function withFormErrors(request: FastifyRequest, reply: FastifyReply, values: Record<string, string>, action: () => Promise<string>) {
    const t = uiTranslator(request.language);
    try {
      return await renderUsers(request, reply, { notice: await action() });
    } catch (error) {
      if (error instanceof InvalidInputError) {
        const fields = translateFieldErrors(error.errors, t).fields;
        if (error.errors.some((e) => e.code === "alreadyExists")) fields.email = t("staff.alreadyExists");
        return renderUsers(request, reply, { errors: { fields }, values, status: error.statusCode });
      }
      if (error instanceof DomainError && error.statusCode === 403) {
        return renderUsers(request, reply, { errors: { fields: { scope: t("staff.notYourScope") } }, values, status: 403 });
      }
      throw error;
    }
  }

  app.get("/:lang/ansatt", { config: { access: staffOnly }, schema: { params: langParams } }, async (request, reply) => {
    const t = uiTranslator(request.language);
    const [nameOf, todo] = await Promise.all([scopeNamer(db, t), staffTodo(app.services, request.viewer!, request.language, request.ip)]);
    // The national administrator answers for the rules data, so sees which rules are being checked today.
    const ruleChecks = hasAnyRole(request.viewer!, ["national-admin"]) ? rulesBeingChecked(clock.today()) : undefined;
    return sendPage(request, reply, <Dashboard nameOf={nameOf} todo={todo} ruleChecks={ruleChecks} />, { title: t("staff.dashboardTitle") });
  });

  app.get("/:lang/ansatt/brukere", { config: { access: administrators }, schema: { params: langParams } }, (request, reply) => renderUsers(request, reply, {}));

  app.post("/:lang/ansatt/brukere", { config: { access: administrators }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const t = uiTranslator(request.language);
    const form = formFields(request.body);
    const values = { name: form.name ?? "", email: form.email?.trim() ?? "", role: form.role ?? "", scope: form.scope ?? "" };
    const input = validateInvitation(values);
    const scope = decodeScope(values.scope);
    if (!input.ok || !scope) {
      const errors = translateFieldErrors(input.ok ? [] : input.errors, t);
      if (!scope) errors.fields.scope ??= t("validation.enum");
      return renderUsers(request, reply, { errors, values, status: 400 });
    }
    return withFormErrors(request, reply, values, async () => {
      await staff.invite(request.viewer!, { ...input.value, scope }, request.language, request.ip);
      return t("staff.invited", { email: input.value.email });
    });
  });

  const userParams = Type.Object({ lang: languageParam, id: Type.String({ format: "uuid" }) });
  for (const [suffix, change] of [
    ["", "add"],
    ["/fjern", "remove"],
  ] as const) {
    app.post(`/:lang/ansatt/brukere/:id/roller${suffix}`, { config: { access: administrators }, schema: { params: userParams }, preValidation: csrf }, async (request, reply) => {
      const t = uiTranslator(request.language);
      const form = formFields(request.body);
      const scope = decodeScope(form.scope ?? "");
      const role = staffRoles.find((r) => r === form.role);
      if (!scope || !role) return renderUsers(request, reply, { errors: { fields: { scope: t("validation.enum") } }, status: 400 });
      const userId = (request.params as { id: string }).id;
      return withFormErrors(request, reply, {}, async () => {
        if (change === "add") await staff.addRole(request.viewer!, userId, { role, scope }, request.ip);
        else await staff.removeRole(request.viewer!, userId, { role, scope }, request.ip);
        return change === "add" ? t("staff.roleAdded") : t("staff.roleRemoved");
      });
    });
  }

  const accountTitle = (request: FastifyRequest) => uiTranslator(request.language)("staff.accountTitle");

  app.get("/:lang/ansatt/konto", { config: { access: staffOnly }, schema: { params: langParams } }, async (request, reply) =>
    sendPage(request, reply, <AccountPage />, { title: accountTitle(request) }),
  );

  /** The secret waits in the session (never in the form) until the password and a code from the app confirm it. */
  app.post("/:lang/ansatt/konto/totp", { config: { access: staffOnly }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    // A new secret replaces none that is on: that takes switching off first, with the current code.
    if (request.viewer!.totpEnabled) return sendPage(request, reply, <AccountPage />, { title: accountTitle(request), status: 409 });
    const secret = newTotpSecret();
    await sessions.setPendingTotpSecret(request.sessionToken!, secret);
    return sendPage(request, reply, <AccountPage pendingSecret={secret} />, { title: accountTitle(request) });
  });

  /** Re-authentication for a security change; the refusal as field errors on the account page, or null when confirmed. */
  async function reauthenticationErrors(request: FastifyRequest, reply: FastifyReply, checkCode: boolean): Promise<{ errors: FormErrors; status: number } | null> {
    const t = uiTranslator(request.language);
    const form = formFields(request.body);
    const result = await authentication.reauthenticate(request.viewer!.id, form.password ?? "", checkCode ? (form.code ?? "") : null, request.ip);
    if (result.outcome === "confirmed") return null;
    if (result.outcome === "wait") return { errors: { fields: { password: waitMessage(request, reply, result.until) } }, status: 429 };
    return result.outcome === "wrong-password" ? { errors: { fields: { password: t("staff.wrongPassword") } }, status: 400 } : { errors: { fields: { code: t("auth.invalidCode") } }, status: 400 };
  }

  app.post("/:lang/ansatt/konto/totp/bekreft", { config: { access: staffOnly }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const t = uiTranslator(request.language);
    const viewer = request.viewer!;
    const secret = viewer.totpEnabled ? null : await sessions.pendingTotpSecret(request.sessionToken!);
    if (!secret) return sendPage(request, reply, <AccountPage errors={{ fields: { code: t("staff.totpStartAgain") } }} />, { title: accountTitle(request), status: 409 });
    const refused = await reauthenticationErrors(request, reply, false);
    const step = refused ? null : totpStepOf(secret, formFields(request.body).code ?? "", clock.now());
    if (refused || step === null) {
      const { errors, status } = refused ?? { errors: { fields: { code: t("auth.invalidCode") } }, status: 400 };
      return sendPage(request, reply, <AccountPage pendingSecret={secret} errors={errors} />, { title: accountTitle(request), status });
    }
    await users.enableTotp(viewer.id, secret, step);
    await sessions.setPendingTotpSecret(request.sessionToken!, null);
    await recordAudit(db, { actorUserId: viewer.id, action: "totp.enabled", subjectType: "user", subjectId: viewer.id, ip: request.ip });
    request.viewer = { ...viewer, totpEnabled: true };
    return sendPage(request, reply, <AccountPage notice={t("staff.totpEnabled")} />, { title: accountTitle(request) });
  });

  app.post("/:lang/ansatt/konto/totp/av", { config: { access: staffOnly }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const t = uiTranslator(request.language);
    const viewer = request.viewer!;
    if (!viewer.totpEnabled) return sendPage(request, reply, <AccountPage />, { title: accountTitle(request) });
    const refused = await reauthenticationErrors(request, reply, true);
    if (refused) return sendPage(request, reply, <AccountPage errors={refused.errors} />, { title: accountTitle(request), status: refused.status });
    await users.disableTotp(viewer.id);
    await recordAudit(db, { actorUserId: viewer.id, action: "totp.disabled", subjectType: "user", subjectId: viewer.id, ip: request.ip });
    request.viewer = { ...viewer, totpEnabled: false };
    return sendPage(request, reply, <AccountPage notice={t("staff.totpDisabled")} />, { title: accountTitle(request) });
  });
};
