import enTrace from "../../../messages/en/trace.json"
import viTrace from "../../../messages/vi/trace.json"
import type { AppLocale } from "../../i18n/routing"
import type { DigitalLinkProblem } from "./digital-link"

// The 400 answer for a malformed Digital Link. It is written here because a page cannot set a 400 status, and it
// reads the same message file as the pages, so the sentences stay in one place.
const MESSAGES = { vi: viTrace.TraceErrors, en: enTrace.TraceErrors }

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c)

/** The sentence that says why a Digital Link was refused, in the page's language. */
export function invalidLinkMessage(problem: DigitalLinkProblem, locale: AppLocale): string {
  return MESSAGES[locale][problem]
}

/** A small self-contained page: the shop's colours, the reason, a way home. */
export function invalidLinkHtml(problem: DigitalLinkProblem, locale: AppLocale): string {
  const m = MESSAGES[locale]
  const home = locale === "vi" ? "/" : `/${locale}`
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(m.title)}</title>
<style>
body{margin:0;min-height:100vh;display:grid;place-items:center;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;line-height:1.6;color:#1d2621;background:#faf8f3}
main{max-width:32rem;margin:1rem;padding:2rem 1.5rem;border:1px solid #ddd8cc;border-radius:16px;background:#fff;text-align:center}
.code{margin:0;font-weight:700;letter-spacing:.08em;color:#c56a12}
h1{margin:.25rem 0 .75rem;font-size:1.4rem;line-height:1.3}
p{margin:0 0 1.25rem}
a{display:inline-flex;align-items:center;min-height:2.75rem;padding:.5rem 1.5rem;border-radius:10px;background:#2e6a3e;color:#fff;font-weight:600;text-decoration:none}
</style>
</head>
<body>
<main data-testid="trace-invalid" data-problem="${problem}">
<p class="code">400</p>
<h1>${escapeHtml(m.title)}</h1>
<p data-testid="trace-invalid-reason">${escapeHtml(m[problem])}</p>
<a href="${home}">${escapeHtml(m.home)}</a>
</main>
</body>
</html>
`
}

/** The 400 response: Medusa's `{ type, message }` for linked-data clients, the small page for people. */
export function invalidLinkResponse(problem: DigitalLinkProblem, locale: AppLocale, json: boolean): Response {
  if (json) {
    return Response.json({ type: "invalid_data", message: invalidLinkMessage(problem, locale) }, { status: 400 })
  }
  return new Response(invalidLinkHtml(problem, locale), {
    status: 400,
    headers: { "content-type": "text/html; charset=utf-8" },
  })
}
