import messages from "./trade-lead-messages.json"

type Lang = "vi" | "en"

/** What the e-mails say about a trade lead. */
export type LeadFacts = {
  cooperative: string
  company: string
  contact_name: string
  email: string
  phone: string | null
  quantity: string
  target_market: string
  message: string
  product_title: string | null
  booth_code: string | null
  answer?: string | null
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "")

function values(lead: LeadFacts, lang: Lang, link: string) {
  const t = messages[lang]
  return {
    cooperative: lead.cooperative,
    company: lead.company,
    market: lead.target_market,
    contact: lead.contact_name,
    email: lead.email,
    phone: lead.phone ? `, ${lead.phone}` : "",
    quantity: lead.quantity,
    message: lead.message,
    about: lead.product_title ? fill(t.about, { product: lead.product_title }) : "",
    from: lead.booth_code ? fill(t.from, { booth: lead.booth_code }) : "",
    answer: lead.answer ?? "",
    link,
  }
}

/** A trade lead e-mail: to the cooperative (new inquiry), to the buyer (received, or the cooperative's answer); Vietnamese first. */
export function tradeLeadEmail(kind: "toCooperative" | "toBuyer" | "answer", lead: LeadFacts, link = "") {
  const part = (lang: Lang) => {
    const v = values(lead, lang, link)
    return { subject: fill(messages[lang][kind].subject, v), body: fill(messages[lang][kind].body, v) }
  }
  const vi = part("vi")
  const en = part("en")
  return { subject: `${vi.subject} / ${en.subject}`, text: [vi.body, `— ${messages.vi.signature}`, "", "────────", "", en.body, `— ${messages.en.signature}`].join("\n") }
}
