import { useTranslations } from "next-intl"
import styles from "./styles.module.css"

type Props = {
  lotCode: string
  /** The GS1 Digital Link URI the code holds. */
  digitalLink: string
  /** Portal routes of the QR image (with the locale prefix). */
  pngPath: string
  svgPath: string
  /** Download name without extension. */
  fileName: string
}

/** The lot's Digital Link as text and as a QR code, with PNG and SVG downloads for print shops. */
export default function LotQr({ lotCode, digitalLink, pngPath, svgPath, fileName }: Props) {
  const t = useTranslations("TraceSeller")
  return (
    <div className={styles.qr}>
      {/* Plain <img>: the image comes from a portal route that adds the seller's session on the server. */}
      <img src={svgPath} alt={t("qrAlt", { lot: lotCode })} width={200} height={200} className={styles.image} data-testid="lot-qr" />
      <div className={styles.text}>
        <p className={styles.lead}>{t("digitalLinkLead")}</p>
        <a href={digitalLink} className={styles.link} target="_blank" rel="noopener noreferrer" data-testid="lot-digital-link">
          {digitalLink}
        </a>
        <div className={styles.downloads}>
          <a href={pngPath} download={`${fileName}.png`} className="button" data-testid="lot-qr-png">
            {t("downloadPng")}
          </a>
          <a href={svgPath} download={`${fileName}.svg`} className="button" data-testid="lot-qr-svg">
            {t("downloadSvg")}
          </a>
        </div>
      </div>
    </div>
  )
}
