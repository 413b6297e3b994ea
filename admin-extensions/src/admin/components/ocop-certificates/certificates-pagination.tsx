import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { OCOP_PAGE_SIZE } from "../../lib/ocop-certificates"

type Props = { count: number; offset: number; disabled: boolean; onOffset: (offset: number) => void }

/** Previous / next page of the queue, with the range shown. */
export const CertificatesPagination = ({ count, offset, disabled, onOffset }: Props) => {
  const { t } = useTranslation()
  if (count <= OCOP_PAGE_SIZE && offset === 0) return null
  const from = count ? offset + 1 : 0
  const to = Math.min(offset + OCOP_PAGE_SIZE, count)

  return (
    <div className="flex items-center justify-between gap-x-3 px-6 py-4" data-testid="ocop-certs-pagination">
      <Text size="small" className="text-ui-fg-subtle">
        {t("htx.cooperatives.pagination.range", { from, to, count })}
      </Text>
      <div className="flex gap-x-2">
        <Button
          size="small"
          variant="secondary"
          data-testid="ocop-certs-prev-page"
          disabled={disabled || offset === 0}
          onClick={() => onOffset(Math.max(0, offset - OCOP_PAGE_SIZE))}
        >
          {t("htx.cooperatives.pagination.prev")}
        </Button>
        <Button
          size="small"
          variant="secondary"
          data-testid="ocop-certs-next-page"
          disabled={disabled || offset + OCOP_PAGE_SIZE >= count}
          onClick={() => onOffset(offset + OCOP_PAGE_SIZE)}
        >
          {t("htx.cooperatives.pagination.next")}
        </Button>
      </div>
    </div>
  )
}
