/** Where scripts/db.ts serves the embedded database (PGlite) for `npm start` and the tests. */
export const EMBEDDED_DATABASE_PORT = 5433;
export const embeddedDatabaseUrl = (port = EMBEDDED_DATABASE_PORT) =>
  `postgres://postgres@127.0.0.1:${port}/postgres`;
