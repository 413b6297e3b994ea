import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../../modules/fair"
import type FairModuleService from "../../modules/fair/service"
import { toCsv } from "../csv"

/** One row of a fair's report: a booth (null for the fair's own page), a day in Việt Nam, or the whole fair. */
export type ReportRow = { visits: number; orders: number; revenue: number; leads: number }

const empty = (): ReportRow => ({ visits: 0, orders: 0, revenue: 0, leads: 0 })

/** The day an instant falls on in Việt Nam (UTC+7, no daylight saving): YYYY-MM-DD. */
export const vietnamDay = (at: Date | string) => new Date(new Date(at).getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10)

/**
 * What a fair brought, in total, per booth and per day: visits to its pages, orders started from them and what their
 * fair lines came to (in đồng; other currencies are not added in), and trade leads sent from its booths.
 */
export async function fairReport(scope: MedusaContainer, fairId: string) {
  const fairs = scope.resolve<FairModuleService>(FAIR_MODULE)
  const fair = await fairs.retrieveFair(fairId, { select: ["id", "slug", "name_vi", "name_en", "starts_at", "ends_at"] })
  const [visits, sales, leads] = await Promise.all([
    fairs.listFairVisits({ fair_id: fairId }, { select: ["booth_code", "created_at"] }),
    fairs.listFairSales({ fair_id: fairId }, { select: ["booth_code", "amount", "raw_amount", "currency_code", "created_at"] }),
    fairs.listTradeLeads({ fair_id: fairId }, { select: ["booth_code", "created_at"] }),
  ])
  const { data: boothRows } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "booth", fields: ["code", "cooperative.name"], filters: { fair_id: fairId, status: "approved" } })
  const names = new Map((boothRows as { code: string | null; cooperative?: { name: string } | null }[]).map((b) => [b.code ?? "", b.cooperative?.name ?? ""]))
  const total = empty()
  const byBooth = new Map<string, ReportRow>([...names.keys()].map((code) => [code, empty()]))
  const byDay = new Map<string, ReportRow>()
  const add = (booth: string | null, at: Date | string, change: (row: ReportRow) => void) => {
    for (const row of [total, byBooth.get(booth ?? "") ?? byBooth.set(booth ?? "", empty()).get(booth ?? "")!, byDay.get(vietnamDay(at)) ?? byDay.set(vietnamDay(at), empty()).get(vietnamDay(at))!]) change(row)
  }
  for (const v of visits) add(v.booth_code, v.created_at, (r) => r.visits++)
  for (const s of sales) {
    add(s.booth_code, s.created_at, (r) => {
      r.orders++
      if (s.currency_code === "vnd") r.revenue = MathBN.add(r.revenue, MathBN.convert(s.amount)).toNumber()
    })
  }
  for (const l of leads) add(l.booth_code, l.created_at, (r) => r.leads++)
  return {
    fair,
    total,
    by_booth: [...byBooth.entries()].map(([code, row]) => ({ code: code || null, cooperative: names.get(code) ?? null, ...row })).sort((a, b) => (a.code ?? "").localeCompare(b.code ?? "")),
    by_day: [...byDay.entries()].map(([day, row]) => ({ day, ...row })).sort((a, b) => a.day.localeCompare(b.day)),
  }
}

/**
 * One cooperative's figures at a fair: its booth's visits, orders, revenue and leads, in total and per day. A fair
 * where it has no approved booth is "not found", so other cooperatives' figures cannot be reached.
 */
export async function boothReport(scope: MedusaContainer, fairId: string, cooperativeId: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "booth", fields: ["code", "cooperative.id"], filters: { fair_id: fairId, status: "approved" } })
  const code = (data as { code: string | null; cooperative?: { id: string } | null }[]).find((b) => b.cooperative?.id === cooperativeId)?.code
  if (!code) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your cooperative has no approved booth at this fair.")
  const fairs = scope.resolve<FairModuleService>(FAIR_MODULE)
  const [visits, sales, leads] = await Promise.all([
    fairs.listFairVisits({ fair_id: fairId, booth_code: code }, { select: ["created_at"] }),
    fairs.listFairSales({ fair_id: fairId, booth_code: code }, { select: ["amount", "raw_amount", "currency_code", "created_at"] }),
    fairs.listTradeLeads({ fair_id: fairId, booth_code: code }, { select: ["created_at"] }),
  ])
  const total = empty()
  const byDay = new Map<string, ReportRow>()
  const add = (at: Date | string, change: (row: ReportRow) => void) => {
    const day = vietnamDay(at)
    change(total)
    change(byDay.get(day) ?? byDay.set(day, empty()).get(day)!)
  }
  for (const v of visits) add(v.created_at, (r) => r.visits++)
  for (const s of sales) add(s.created_at, (r) => {
    r.orders++
    if (s.currency_code === "vnd") r.revenue = MathBN.add(r.revenue, MathBN.convert(s.amount)).toNumber()
  })
  for (const l of leads) add(l.created_at, (r) => r.leads++)
  return { code, total, by_day: [...byDay.entries()].map(([day, row]) => ({ day, ...row })).sort((a, b) => a.day.localeCompare(b.day)) }
}

/** The report as CSV: one line per booth, then one per day, with a header; revenue in đồng. It starts with a byte order mark, so Excel reads the Vietnamese names as UTF-8. */
export function fairReportCsv(report: Pick<Awaited<ReturnType<typeof fairReport>>, "total" | "by_booth" | "by_day">): string {
  const lines = [["section", "booth", "cooperative", "day", "visits", "orders", "revenue_vnd", "leads"]]
  for (const b of report.by_booth) lines.push(["booth", b.code ?? "", b.cooperative ?? "", "", String(b.visits), String(b.orders), String(b.revenue), String(b.leads)])
  for (const d of report.by_day) lines.push(["day", "", "", d.day, String(d.visits), String(d.orders), String(d.revenue), String(d.leads)])
  lines.push(["total", "", "", "", String(report.total.visits), String(report.total.orders), String(report.total.revenue), String(report.total.leads)])
  return toCsv(lines, { bom: true })
}
