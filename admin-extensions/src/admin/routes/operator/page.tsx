import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../../lib/sdk"

type Overview = { cooperatives: { total: number; approved: number; pending: number }; products: number }

const OperatorOverviewPage = () => {
  const { t } = useTranslation()
  const [overview, setOverview] = useState<Overview | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    sdk.client
      .fetch<{ overview: Overview }>("/admin/marketplace/overview")
      .then((res) => setOverview(res.overview))
      .catch(() => setFailed(true))
  }, [])

  const figures = overview
    ? [
        { id: "cooperatives", label: t("htx.overview.cooperatives"), value: overview.cooperatives.total },
        { id: "approved", label: t("htx.overview.approved"), value: overview.cooperatives.approved },
        { id: "pending", label: t("htx.overview.pending"), value: overview.cooperatives.pending },
        { id: "products", label: t("htx.overview.products"), value: overview.products },
      ]
    : []

  return (
    <Container className="divide-y p-0" data-testid="operator-overview">
      <div className="px-6 py-4">
        <Heading level="h1">{t("htx.overview.title")}</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          {t("htx.overview.intro")}
        </Text>
      </div>
      <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
        {failed && <Text data-testid="operator-overview-error">{t("htx.overview.loadError")}</Text>}
        {!failed && !overview && <Text>{t("htx.overview.loading")}</Text>}
        {figures.map((f) => (
          <div key={f.id} className="rounded-lg border p-4" data-testid={`operator-figure-${f.id}`}>
            <Text size="small" className="text-ui-fg-subtle">
              {f.label}
            </Text>
            <Heading level="h2">{f.value.toLocaleString("vi-VN")}</Heading>
          </div>
        ))}
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "htx.nav",
  translationNs: "translation",
  icon: BuildingStorefront,
})

export default OperatorOverviewPage
