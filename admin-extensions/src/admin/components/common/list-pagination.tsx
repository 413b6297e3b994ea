import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

type Props = {
  count: number
  offset: number
  pageSize: number
  disabled: boolean
  onOffset: (offset: number) => void
  /** Prefix of the test ids: `<prefix>-pagination`, `<prefix>-prev-page`, `<prefix>-next-page`. */
  testIdPrefix: string
}

/** Previous / next page of an operator list, with the range shown; nothing when everything fits on one page. */
export const ListPagination = ({ count, offset, pageSize, disabled, onOffset, testIdPrefix }: Props) => {
  const { t } = useTranslation()
  if (count <= pageSize && offset === 0) return null
  const from = count ? offset + 1 : 0
  const to = Math.min(offset + pageSize, count)

  return (
    <div className="flex items-center justify-between gap-x-3 px-6 py-4" data-testid={`${testIdPrefix}-pagination`}>
      <Text size="small" className="text-ui-fg-subtle">
        {t("htx.cooperatives.pagination.range", { from, to, count })}
      </Text>
      <div className="flex gap-x-2">
        <Button
          size="small"
          variant="secondary"
          data-testid={`${testIdPrefix}-prev-page`}
          disabled={disabled || offset === 0}
          onClick={() => onOffset(Math.max(0, offset - pageSize))}
        >
          {t("htx.cooperatives.pagination.prev")}
        </Button>
        <Button
          size="small"
          variant="secondary"
          data-testid={`${testIdPrefix}-next-page`}
          disabled={disabled || offset + pageSize >= count}
          onClick={() => onOffset(offset + pageSize)}
        >
          {t("htx.cooperatives.pagination.next")}
        </Button>
      </div>
    </div>
  )
}
