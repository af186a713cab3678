import { Type } from "@sinclair/typebox";

export const municipalityNumberSchema = Type.String({ pattern: "^[0-9]{4}$", description: "a 4-digit kommunenummer (2024 numbering)" });

export const countySchema = Type.Object({ number: Type.String(), name: Type.String() });

export const municipalitySchema = Type.Object({
  number: Type.String(),
  name: Type.String(),
  countyNumber: Type.String(),
  countyName: Type.String(),
  population: Type.Integer(),
});

export const welcomeServiceSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.Union([Type.Literal("municipal"), Type.Literal("regional")]),
  countyNumber: Type.String(),
  countyName: Type.String(),
  municipalities: Type.Array(Type.Object({ number: Type.String(), name: Type.String() })),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  website: Type.Union([Type.String(), Type.Null()]),
});

export const municipalityOverviewSchema = Type.Composite([
  municipalitySchema,
  Type.Object({
    welcomeServices: Type.Array(welcomeServiceSchema, { description: "welcome services covering this municipality" }),
    nearestWelcomeServices: Type.Array(welcomeServiceSchema, { description: "when none covers it: those in the same county, else all" }),
  }),
]);
