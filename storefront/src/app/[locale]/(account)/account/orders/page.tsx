import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toAppLocale } from "@/i18n/routing"
import { getOrderHistory } from "@/lib/data/account/customer"
import { requireCustomer } from "@/lib/data/account/guard"
import OrderHistory from "@/modules/account/components/order-history"
import AccountTemplate from "@/modules/account/templates/account-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string | string[] }> }

const PAGE_SIZE = 10

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Account" })
  return { title: t("orders.title"), robots: { index: false } }
}

export default async function OrdersPage({ params, searchParams }: Props) {
  await requireCustomer("/account/orders")
  const raw = Number((await searchParams).page)
  const page = Number.isInteger(raw) && raw > 1 && raw < 1000 ? raw : 1
  const [t, history] = await Promise.all([
    getTranslations("Account"),
    getOrderHistory(toAppLocale((await params).locale), { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  ])
  const entries = history?.entries ?? []
  const hasMore = (history?.count ?? 0) > page * PAGE_SIZE
  return (
    <AccountTemplate title={t("orders.title")} section="orders">
      <OrderHistory entries={entries} />
      <nav className="row">
        {page > 1 && <Link href={{ pathname: "/account/orders", query: { page: page - 1 } }}>{t("orders.previous")}</Link>}{" "}
        {hasMore && <Link href={{ pathname: "/account/orders", query: { page: page + 1 } }}>{t("orders.next")}</Link>}
      </nav>
    </AccountTemplate>
  )
}
