/**
 * PostgreSQL types read the same on both engines: `date` stays a `YYYY-MM-DD` string (no time
 * zone shift), and 64-bit integers become numbers (counts and ids stay far below 2^53).
 */
const dateOid = 1082;
const int8Oid = 20;
const numericOid = 1700;

export const typeParsers: Record<number, (value: string) => unknown> = {
  [dateOid]: (value) => value,
  [int8Oid]: (value) => Number(value),
  [numericOid]: (value) => Number(value),
};
