import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { getSavedAddresses } from "@/lib/data/account/customer"
import { requireCustomer } from "@/lib/data/account/guard"
import AddressBook from "@/modules/account/components/address-book"
import AccountTemplate from "@/modules/account/templates/account-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Account" })
  return { title: t("addresses.title"), robots: { index: false } }
}

export default async function AddressesPage() {
  const customer = await requireCustomer("/account/addresses")
  const [t, addresses] = await Promise.all([getTranslations("Account"), getSavedAddresses()])
  // A new address starts with the shopper's own name and phone.
  const profile = { email: customer.email, fullName: customer.fullName, phone: customer.phone, province: "", commune: "", street: "" }
  return (
    <AccountTemplate title={t("addresses.title")} section="addresses">
      <AddressBook addresses={addresses} profile={profile} />
    </AccountTemplate>
  )
}
