// DATABASE_URL's form, checked with Node built-ins only so `npm start` can say what is wrong before installing anything.

/** Returns a sentence naming what is wrong with a PostgreSQL URL, or null when it is well formed. */
export function checkDatabaseUrl(value) {
  const problem = (detail) => `DATABASE_URL is not a PostgreSQL URL: ${detail} (expected postgres://user:password@host:5432/database).`
  if (!URL.canParse(value)) return problem("it cannot be read as a URL")
  const url = new URL(value)
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") return problem(`it starts with ${url.protocol}// instead of postgres://`)
  if (!url.hostname) return problem("it names no host")
  if (url.pathname.length <= 1) return problem("it names no database")
  return null
}
