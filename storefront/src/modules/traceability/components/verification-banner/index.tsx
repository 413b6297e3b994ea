import styles from "./styles.module.css"

type Props = {
  verified: boolean
  /** The sentence that says whether the history verifies. */
  title: string
  detail?: string
  testId: string
}

// 24×24 outline icons: a shield with a tick, a warning triangle.
const ICONS = {
  verified: "M12 3l7 3v5c0 4.5-3 8.3-7 9.5-4-1.2-7-5-7-9.5V6zM8.5 12l2.5 2.5 4.5-5",
  unverified: "M12 4l9 16H3zM12 10v4.5M12 17.5v.01",
}

/** Whether the lot's hash chain recomputes: the first thing a shopper sees after a scan. */
export default function VerificationBanner({ verified, title, detail, testId }: Props) {
  return (
    <div
      className={`${styles.banner} ${verified ? styles.verified : styles.unverified}`}
      data-testid={testId}
      data-verified={verified ? "true" : "false"}
      role="status"
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" className={styles.icon}>
        <path d={verified ? ICONS.verified : ICONS.unverified} />
      </svg>
      <div className={styles.text}>
        <p className={styles.title}>{title}</p>
        {detail && <p className={styles.detail}>{detail}</p>}
      </div>
    </div>
  )
}
