import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { formatDateTime } from "../../lib/cooperatives"
import { formatDay, productSetLabel, type OcopCertificate } from "../../lib/ocop-certificates"

type Props = { certificate: OcopCertificate }

/** What the certificate says, the scan to compare it with, the products it names and the cooperative behind it. */
export const CertificateDetails = ({ certificate: c }: Props) => {
  const { t, i18n } = useTranslation()
  const field = (key: string, value: ReactNode) => ({ key, label: t(`htx.ocop.fields.${key}`), value })

  return (
    <>
      <FieldList
        title={t("htx.ocop.sections.certificate")}
        fields={[
          field("stars", t("htx.ocop.starsLabel", { count: c.stars })),
          field("potential_five_star", t(c.potential_five_star ? "htx.ocop.yes" : "htx.ocop.no")),
          field("product_set", `${productSetLabel(c.product_set, i18n.language)} (${t("htx.ocop.group", { group: c.product_set?.group ?? "—" })})`),
          field("issuing_authority", c.issuing_authority),
          field("decision_number", c.decision_number),
          field("issued_on", formatDay(c.issued_on, i18n.language)),
          field("expires_on", formatDay(c.expires_on, i18n.language)),
          field(
            "document_url",
            c.document_url ? (
              <a href={c.document_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:underline" data-testid="ocop-document-link">
                {t("htx.ocop.detail.openDocument")}
              </a>
            ) : (
              ""
            )
          ),
          field("created_at", formatDateTime(c.created_at, i18n.language)),
          field("reviewed_at", c.reviewed_at ? formatDateTime(c.reviewed_at, i18n.language) : ""),
        ]}
      />
      <section className="px-6 py-4" data-testid="ocop-products">
        <Heading level="h2" className="mb-3">
          {t("htx.ocop.sections.products")}
        </Heading>
        <ul className="flex flex-col gap-y-2">
          {c.products.map((p) => (
            <li key={p.id} className="flex items-center gap-3" data-testid="ocop-product" data-id={p.id}>
              {p.thumbnail ? (
                <img src={p.thumbnail} alt="" className="h-10 w-10 rounded-md border object-cover" />
              ) : (
                <span className="bg-ui-bg-subtle h-10 w-10 rounded-md border" aria-hidden />
              )}
              <Link to={`/products/${p.id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
                {p.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="px-6 py-4" data-testid="ocop-cooperative">
        <Heading level="h2" className="mb-3">
          {t("htx.ocop.sections.cooperative")}
        </Heading>
        {c.cooperative ? (
          <Link to={`/cooperatives/${c.cooperative.id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline" data-testid="ocop-cooperative-link">
            {c.cooperative.name}
          </Link>
        ) : (
          <Text size="small">—</Text>
        )}
      </section>
    </>
  )
}

type FieldListProps = { title: string; fields: { key: string; label: string; value: ReactNode }[] }

/** The certificate's fields as label / value pairs; an empty value shows as a dash. */
const FieldList = ({ title, fields }: FieldListProps) => (
  <section className="px-6 py-4" data-testid="ocop-certificate-fields">
    <Heading level="h2" className="mb-3">
      {title}
    </Heading>
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 md:grid-cols-2">
      {fields.map((f) => (
        <div key={f.key} className="flex flex-col gap-y-0.5" data-testid={`ocop-field-${f.key}`}>
          <dt>
            <Text size="small" className="text-ui-fg-subtle">
              {f.label}
            </Text>
          </dt>
          <dd>
            <Text size="small" className="whitespace-pre-line break-words">
              {f.value === "" || f.value === null || f.value === undefined ? "—" : f.value}
            </Text>
          </dd>
        </div>
      ))}
    </dl>
  </section>
)
