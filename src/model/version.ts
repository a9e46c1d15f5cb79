// The version of the JSON contract, apart from the zod schemas so that parsing never loads zod.
export const SCHEMA_VERSION = 1 as const;
