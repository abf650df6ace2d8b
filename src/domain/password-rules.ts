/** The shortest password anyone gets: through the API, the forms, HENTETID_ADMIN_PASSWORD and reset-admin alike. */
export const minPasswordLength = 10;
