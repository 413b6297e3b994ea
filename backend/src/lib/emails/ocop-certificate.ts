import { addDays } from "../../modules/ocop/rules/vietnam-day"
import messages from "./ocop-certificate-messages.json"

/** Why a cooperative hears about one of its OCOP certificates. */
export type OcopEmailKind = "verified" | "rejected" | "revoked" | "expiring" | "expired"

/** What the e-mail says about the certificate. */
export type OcopEmailFacts = {
  cooperative: string
  decision_number: string
  stars: number
  potential_five_star: boolean
  products: string[]
  expires_on: string
  days_left?: number
  reason?: string | null
}

type Lang = "vi" | "en"

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "")

// Days are shown as people write them: 14/03/2028 in Vietnamese, 14 March 2028 in English.
const dayText = (day: string, lang: Lang) => {
  const [year, month, date] = day.split("-")
  if (lang === "vi") return `${date}/${month}/${year}`
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`))
}

const starsText = (facts: OcopEmailFacts, lang: Lang) => {
  const labels = messages[lang].stars
  if (facts.stars === 4 && facts.potential_five_star) return labels.potential
  return labels[String(facts.stars) as "3" | "4" | "5"] ?? String(facts.stars)
}

/** The e-mail a cooperative receives about one of its OCOP certificates: Vietnamese first, English below. */
export function ocopCertificateEmail(kind: OcopEmailKind, facts: OcopEmailFacts) {
  const part = (lang: Lang) => {
    const values = {
      name: facts.cooperative,
      decision: facts.decision_number,
      stars: starsText(facts, lang),
      products: facts.products.join(", "),
      expires_on: dayText(facts.expires_on, lang),
      // The badge shows through the day before the expiry day.
      last_day: dayText(addDays(facts.expires_on, -1), lang),
      days: String(facts.days_left ?? ""),
      reason: facts.reason ?? "",
    }
    const text = messages[lang][kind]
    return { subject: fill(text.subject, values), body: fill(text.body, values), signature: messages[lang].signature }
  }
  const vi = part("vi")
  const en = part("en")
  return { subject: `${vi.subject} / ${en.subject}`, text: [vi.body, `— ${vi.signature}`, "", "────────", "", en.body, `— ${en.signature}`].join("\n") }
}
