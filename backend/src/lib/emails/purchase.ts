import messages from "./purchase-messages.json"

type Lang = "vi" | "en"

/** One cooperative's order as the e-mails tell it; amounts in the currency's main unit. */
export type EmailOrder = {
  display_id: number
  cooperative: string
  currency_code: string
  items: { title: string; quantity: number; total: number }[]
  shipping_total: number
  total: number
  payment: { method: "cash_on_delivery" | "vietqr" | "card"; transfer: { bank_name: string | null; bank_bin: string; account_number: string; account_holder: string | null; purpose: string } | null }
}

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""))

/** Money as people read it: 125.000 ₫ in Vietnamese, US$12.50 in English. */
export function emailMoney(amount: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

function orderLines(order: EmailOrder, lang: Lang): string[] {
  const t = messages[lang]
  const money = (amount: number) => emailMoney(amount, order.currency_code, lang)
  const transfer = order.payment.transfer
  const payment =
    order.payment.method === "vietqr" && transfer
      ? fill(t.vietqr, {
          amount: money(order.total),
          account: transfer.account_number,
          holder: transfer.account_holder ?? "",
          bank: transfer.bank_name ?? transfer.bank_bin,
          purpose: transfer.purpose,
        })
      : fill(order.payment.method === "card" ? t.card : t.cod, { amount: money(order.total) })
  return [
    fill(t.order, { number: order.display_id, cooperative: order.cooperative }),
    ...order.items.map((i) => fill(t.line, { title: i.title, quantity: i.quantity, total: money(i.total) })),
    fill(t.shipping, { amount: money(order.shipping_total) }),
    fill(t.total, { amount: money(order.total) }),
    payment,
  ]
}

const bilingual = (vi: { subject: string; body: string }, en: { subject: string; body: string }) => ({
  subject: `${vi.subject} / ${en.subject}`,
  text: [vi.body, `— ${messages.vi.signature}`, "", "────────", "", en.body, `— ${messages.en.signature}`].join("\n"),
})

/** The shopper's confirmation: every cooperative's order with its lines, shipping, total and how to pay it; Vietnamese first. */
export function purchaseConfirmationEmail(orders: EmailOrder[], link: string) {
  const part = (lang: Lang) => {
    const t = messages[lang].shopper
    const cooperatives = orders.map((o) => o.cooperative).join(", ")
    return {
      subject: fill(t.subject, { count: orders.length, cooperatives }),
      body: [t.intro, "", ...orders.flatMap((o) => [...orderLines(o, lang), ""]), fill(t.outro, { link })].join("\n"),
    }
  }
  return bilingual(part("vi"), part("en"))
}

/** A cooperative's notice of a new order of its own: the lines, the total and how the shopper pays; Vietnamese first. */
export function newOrderEmail(order: EmailOrder, link: string) {
  const part = (lang: Lang) => {
    const t = messages[lang].cooperative
    return {
      subject: fill(t.subject, { number: order.display_id, cooperative: order.cooperative }),
      body: [fill(t.intro, { cooperative: order.cooperative }), "", ...orderLines(order, lang), "", fill(t.outro, { link })].join("\n"),
    }
  }
  return bilingual(part("vi"), part("en"))
}
