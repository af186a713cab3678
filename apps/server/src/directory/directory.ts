import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { ForbiddenError, InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { scopeContains, type Role, type Scope } from "../staff/roles.ts";
import type { UserRepository } from "../staff/user-repository.ts";
import { createDirectoryRepository } from "./directory-repository.ts";
import { indexService, unindexService } from "./directory-search.ts";
import { checkServiceInput, type DirectoryService, type ServiceInput, type ServiceScope } from "./service-model.ts";

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** The roles that may add, change and remove services within their own scope. */
export const directoryEditorRoles: readonly Role[] = ["national-admin", "municipality-admin", "editor", "coordinator"];

export interface DirectoryServices {
  db: Kysely<DatabaseSchema>;
  users: UserRepository;
  clock: Clock;
}

/** The service directory: reading for everyone, editing for staff within their municipality or region. */
export function createDirectory({ db, users, clock: appClock }: DirectoryServices) {
  const repository = createDirectoryRepository(db);
  let clock: Clock = appClock;

  async function scopeChecker(viewer: Viewer, scopes: readonly Scope[]) {
    const editing = viewer.assignments.filter((a) => directoryEditorRoles.includes(a.role)).map((a) => a.scope);
    const places = await users.placesOf([...editing, ...scopes]);
    const placesOf = (scope: Scope) => places.get(`${scope.kind}:${scope.id}`) ?? [];
    return (scope: Scope) => editing.some((outer) => scopeContains(outer, scope, placesOf));
  }

  async function assertMayEdit(viewer: Viewer, ...scopes: ServiceScope[]): Promise<void> {
    const covers = await scopeChecker(viewer, scopes);
    if (!scopes.every(covers)) throw new ForbiddenError("you can only edit services of your own municipality or region");
  }

  async function assertScopeExists(scope: ServiceScope): Promise<void> {
    const found =
      scope.kind === "municipality"
        ? await db.selectFrom("municipalities").select("number as id").where("number", "=", scope.id).executeTakeFirst()
        : await db.selectFrom("regions").select("id").where("id", "=", scope.id).executeTakeFirst();
    if (!found) throw new InvalidInputError([{ path: "scope.id", code: "unknownScope", message: `unknown ${scope.kind} "${scope.id}"` }]);
  }

  function checked(body: unknown): ServiceInput {
    const result = checkServiceInput(body);
    if (!result.ok) throw new InvalidInputError(result.errors);
    return result.value;
  }

  async function existing(id: string): Promise<DirectoryService> {
    const service = isUuid(id) ? await repository.find(id) : undefined;
    if (!service) throw new NotFoundError("service", id);
    return service;
  }

  return {
    now: () => clock.now(),
    /** For tests that look at "open now" at a chosen moment; the default is the app's clock. */
    setClock(next: Clock) {
      clock = next;
    },

    listForMunicipality: (number: string) => repository.listForMunicipality(number),
    find: (id: string) => (isUuid(id) ? repository.find(id) : Promise.resolve(undefined)),
    /** A service as seen from a municipality: its own, or one of a region it belongs to. */
    async findForMunicipality(number: string, id: string): Promise<DirectoryService | undefined> {
      return isUuid(id) ? (await repository.listForMunicipality(number, { id }))[0] : undefined;
    },

    /** The services the viewer may edit. */
    async listEditable(viewer: Viewer): Promise<DirectoryService[]> {
      const all = await repository.listAll();
      const covers = await scopeChecker(viewer, all.map((s) => s.scope));
      return all.filter((service) => covers(service.scope));
    },

    /** Whether the viewer may edit services of a scope (for choosing which scopes a form offers). */
    async editableScopes(viewer: Viewer, candidates: readonly ServiceScope[]): Promise<ServiceScope[]> {
      const covers = await scopeChecker(viewer, candidates);
      return candidates.filter(covers);
    },

    async create(viewer: Viewer, body: unknown, ip: string | null): Promise<string> {
      const input = checked(body);
      await assertScopeExists(input.scope);
      await assertMayEdit(viewer, input.scope);
      return db.transaction().execute(async (transaction) => {
        const id = await repository.insert(transaction, input, viewer.id);
        await indexService(transaction, { ...input, id });
        await recordAudit(transaction, { actorUserId: viewer.id, action: "directory.service.created", subjectType: "directory-service", subjectId: id, details: { scope: input.scope, name: input.name }, ip });
        return id;
      });
    },

    async update(viewer: Viewer, id: string, body: unknown, ip: string | null): Promise<void> {
      const before = await existing(id);
      await assertMayEdit(viewer, before.scope);
      const input = checked(body);
      await assertScopeExists(input.scope);
      await assertMayEdit(viewer, input.scope);
      await db.transaction().execute(async (transaction) => {
        await repository.update(transaction, id, input, viewer.id);
        await indexService(transaction, { ...input, id }, before.scope);
        await recordAudit(transaction, { actorUserId: viewer.id, action: "directory.service.updated", subjectType: "directory-service", subjectId: id, details: { scope: input.scope, name: input.name }, ip });
      });
    },

    async remove(viewer: Viewer, id: string, ip: string | null): Promise<void> {
      const before = await existing(id);
      await assertMayEdit(viewer, before.scope);
      await db.transaction().execute(async (transaction) => {
        await repository.remove(transaction, id);
        await unindexService(transaction, id, before.scope);
        await recordAudit(transaction, { actorUserId: viewer.id, action: "directory.service.deleted", subjectType: "directory-service", subjectId: id, details: { scope: before.scope, name: before.name }, ip });
      });
    },

    /** An existing service the viewer may edit, or the reason why not. */
    async editable(viewer: Viewer, id: string): Promise<DirectoryService> {
      const service = await existing(id);
      await assertMayEdit(viewer, service.scope);
      return service;
    },
  };
}

export type Directory = ReturnType<typeof createDirectory>;
