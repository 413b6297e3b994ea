import { useTranslations } from "next-intl"
import type { BoothFiguresRow, BoothReportView } from "@/lib/data/seller/fair-views"
import styles from "./styles.module.css"

function Figures({ row, testId }: { row: BoothFiguresRow; testId: string }) {
  return (
    <>
      <td data-testid={`${testId}-visits`}>{row.visits}</td>
      <td data-testid={`${testId}-orders`}>{row.orders}</td>
      <td data-testid={`${testId}-revenue`}>{row.revenueLabel}</td>
      <td data-testid={`${testId}-leads`}>{row.leads}</td>
    </>
  )
}

/** A booth's visits, orders, revenue and trade inquiries: one row per day and the total; scrolls sideways on a phone. */
export default function BoothReport({ report }: { report: BoothReportView }) {
  const t = useTranslations("SellerFairs")
  return (
    <section className={styles.report} aria-labelledby="booth-report-title" data-testid="seller-booth-report">
      <h2 id="booth-report-title">{t("report.title", { code: report.code })}</h2>
      <p className={styles.lead}>{t("report.lead")}</p>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("report.day")}</th>
              <th scope="col">{t("report.visits")}</th>
              <th scope="col">{t("report.orders")}</th>
              <th scope="col">{t("report.revenue")}</th>
              <th scope="col">{t("report.leads")}</th>
            </tr>
          </thead>
          <tbody>
            {report.days.map((day) => (
              <tr key={day.day} data-testid="seller-booth-report-day" data-day={day.day}>
                <th scope="row">{day.dayLabel}</th>
                <Figures row={day} testId="seller-booth-report-day" />
              </tr>
            ))}
            {report.days.length === 0 && (
              <tr>
                <td colSpan={5} className={styles.none}>
                  {t("report.noDays")}
                </td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr data-testid="seller-booth-report-total">
              <th scope="row">{t("report.total")}</th>
              <Figures row={report.total} testId="seller-booth-report-total" />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  )
}
