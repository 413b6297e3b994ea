import styles from "./styles.module.css"

/** How a status reads at a glance. */
export type BadgeTone = "neutral" | "good" | "warn" | "bad"

type Props = { label: string; tone: BadgeTone; status: string; testId?: string }

/** A small coloured status label; `data-status` carries the raw status for tests. */
export default function StatusBadge({ label, tone, status, testId }: Props) {
  return (
    <span className={`${styles.badge} ${styles[tone]}`} data-status={status} data-testid={testId}>
      {label}
    </span>
  )
}
