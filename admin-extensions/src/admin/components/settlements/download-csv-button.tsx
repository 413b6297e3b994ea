import { ArrowDownTray } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

type Props = { href: string; testId: string }

/** "Tải CSV": a plain link, so the browser downloads the file with the admin's session and the backend's file name. */
export const DownloadCsvButton = ({ href, testId }: Props) => {
  const { t } = useTranslation()
  return (
    <Button asChild size="small" variant="secondary" className="shrink-0 whitespace-nowrap">
      <a href={href} download data-testid={testId}>
        <ArrowDownTray />
        {t("htx.settlements.download")}
      </a>
    </Button>
  )
}
