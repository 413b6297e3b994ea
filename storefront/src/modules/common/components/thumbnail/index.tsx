import styles from "./styles.module.css"

type Props = {
  src: string | null
  alt: string
  /** Text for screen readers when there is no image. */
  fallbackLabel: string
  size?: "card" | "small"
  eager?: boolean
}

/** Square product image from the backend, or a calm placeholder when there is none. */
export default function Thumbnail({ src, alt, fallbackLabel, size = "card", eager = false }: Props) {
  return (
    <div className={`${styles.frame} ${styles[size]}`}>
      {src ? (
        // Plain <img>: images come from the backend's host, which differs per deployment.
        <img src={src} alt={alt} loading={eager ? "eager" : "lazy"} decoding="async" className={styles.image} />
      ) : (
        <span className={styles.placeholder} role="img" aria-label={fallbackLabel} />
      )}
    </div>
  )
}
