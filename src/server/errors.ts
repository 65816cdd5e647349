/**
 * A request cannot be served now (the database is down, a setting is missing): the caller
 * answers 503 with Retry-After and gives back what the user typed. Subclasses say why.
 */
export class ServiceUnavailableError extends Error {
  override name = 'ServiceUnavailableError';
}
