import { useLocale, useTranslations } from "next-intl"
import { formatDate } from "@/lib/util/date"

type Props = {
  startsAt: string
  endsAt: string
  /** "date": days only (lists); "time": with opening and closing hours (the fair's own page). */
  precision?: "date" | "time"
  className?: string
}

const FORMATS: Record<NonNullable<Props["precision"]>, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "long" },
  time: { dateStyle: "long", timeStyle: "short" },
}

/** A fair's first and last day (and hours), in Việt Nam's time zone whatever the visitor's clock says. */
export default function FairDates({ startsAt, endsAt, precision = "date", className }: Props) {
  const t = useTranslations("Fairs")
  const locale = useLocale()
  const format = FORMATS[precision]
  return (
    <time dateTime={startsAt} className={className} data-testid="fair-dates">
      {t("dates", { start: formatDate(startsAt, locale, format), end: formatDate(endsAt, locale, format) })}
    </time>
  )
}
