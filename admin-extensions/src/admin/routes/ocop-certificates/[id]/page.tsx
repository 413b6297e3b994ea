import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { CertificateDetails } from "../../../components/ocop-certificates/certificate-details"
import { CertificateHeader } from "../../../components/ocop-certificates/certificate-header"
import { CertificateHistory } from "../../../components/ocop-certificates/certificate-history"
import { useCertificate } from "../../../components/ocop-certificates/use-certificate"

/** One OCOP certificate: its fields beside the scan, its products and cooperative, its history, and the actions. */
const OcopCertificateDetailPage = () => {
  const { t } = useTranslation()
  const { id } = useParams()
  const { certificate, failure, reload } = useCertificate(id)

  if (failure && !certificate) {
    return (
      <Container data-testid="ocop-cert-detail-error">
        <Text>{t(failure === "not_found" ? "htx.ocop.detail.notFound" : "htx.ocop.loadError")}</Text>
      </Container>
    )
  }
  if (!certificate) {
    return (
      <Container>
        <Text>{t("htx.ocop.loading")}</Text>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="ocop-cert-detail" data-id={certificate.id}>
      <Container className="divide-y p-0">
        <CertificateHeader certificate={certificate} onChanged={reload} />
        <CertificateDetails certificate={certificate} />
      </Container>
      <Container className="divide-y p-0">
        <CertificateHistory entries={certificate.history ?? []} />
      </Container>
    </div>
  )
}

export default OcopCertificateDetailPage
