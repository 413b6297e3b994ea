import { Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { formatShortDay, formatVnd } from "../../lib/fair-format"
import type { FairReport } from "../../lib/fairs"

// The admin's own palette, so the charts follow its light and dark themes.
const COLORS = { visits: "var(--tag-blue-icon)", orders: "var(--tag-green-icon)", leads: "var(--tag-orange-icon)", revenue: "var(--tag-purple-icon)" }
const AXIS = { fontSize: 12, fill: "var(--fg-subtle)" }
const GRID = "var(--border-base)"
const TOOLTIP = { contentStyle: { background: "var(--bg-base)", borderColor: "var(--border-base)", borderRadius: 8, fontSize: 12 } }

type DailyProps = { days: FairReport["by_day"] }

/** Visits, orders and trade leads per day in Việt Nam, across the fair's days. */
export const DailyChart = ({ days }: DailyProps) => {
  const { t, i18n } = useTranslation()
  return (
    <figure className="flex flex-col gap-y-2" data-testid="fair-report-daily-chart" data-days={days.length}>
      <Heading level="h3">{t("htx.fairs.report.perDay")}</Heading>
      <div className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} title={t("htx.fairs.report.perDay")}>
            <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tick={AXIS} tickFormatter={(day: string) => formatShortDay(day, i18n.language)} />
            <YAxis allowDecimals={false} tick={AXIS} />
            <Tooltip {...TOOLTIP} labelFormatter={(day) => formatShortDay(String(day), i18n.language)} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {(["visits", "orders", "leads"] as const).map((key) => (
              <Line key={key} type="monotone" dataKey={key} name={t(`htx.fairs.report.${key}`)} stroke={COLORS[key]} strokeWidth={2} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  )
}

type BoothProps = { booths: FairReport["by_booth"] }

/** What each booth sold at fair prices, in đồng. */
export const BoothRevenueChart = ({ booths }: BoothProps) => {
  const { t, i18n } = useTranslation()
  const rows = booths.map((b) => ({ ...b, label: b.code ?? t("htx.fairs.report.fairPage") }))
  const compact = new Intl.NumberFormat(i18n.language?.startsWith("en") ? "en-GB" : "vi-VN", { notation: "compact" })
  return (
    <figure className="flex flex-col gap-y-2" data-testid="fair-report-booth-chart" data-booths={rows.length}>
      <Heading level="h3">{t("htx.fairs.report.revenuePerBooth")}</Heading>
      <div className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} title={t("htx.fairs.report.revenuePerBooth")}>
            <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} tickFormatter={(v: number) => compact.format(v)} />
            <Tooltip
              {...TOOLTIP}
              labelFormatter={(label, payload) => {
                const cooperative = (payload?.[0]?.payload as { cooperative?: string | null } | undefined)?.cooperative
                return cooperative ? `${String(label)} · ${cooperative}` : String(label)
              }}
              formatter={(value) => formatVnd(Number(value), i18n.language)}
            />
            <Bar dataKey="revenue" name={t("htx.fairs.report.revenue")} fill={COLORS.revenue} radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  )
}
