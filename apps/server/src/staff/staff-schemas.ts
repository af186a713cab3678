import { Type } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import { roles, scopeKinds } from "./roles.ts";

export const scopeSchema = Type.Object(
  {
    kind: StringEnum(scopeKinds),
    id: Type.String({ maxLength: 40, description: "county number, region id or kommunenummer; empty for national" }),
  },
  { additionalProperties: false },
);

export const roleAssignmentSchema = Type.Object({ role: StringEnum(roles), scope: scopeSchema }, { additionalProperties: false });

export const staffUserSchema = Type.Object({
  id: Type.String({ format: "uuid" }),
  email: Type.String(),
  name: Type.String(),
  totpEnabled: Type.Boolean(),
  disabled: Type.Boolean(),
  hasPassword: Type.Boolean(),
  assignments: Type.Array(roleAssignmentSchema),
});

export const emailSchema = Type.String({ format: "email", maxLength: 254 });
export const nameSchema = Type.String({ minLength: 1, maxLength: 200 });
export const passwordSchema = Type.String({ minLength: 1, maxLength: 1024 });
