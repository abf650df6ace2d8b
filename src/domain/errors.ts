/** The one error type domain and db code throw; the HTTP layer turns it into the JSON error shape. */
export class DomainError extends Error {
  constructor(
    public status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429,
    public code: string,
    message: string,
    public details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
