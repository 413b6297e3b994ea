import styles from "./styles.module.css"

type Props = { id: string; message: string | null }

/** Why one field is refused, right under it; its id is the control's `aria-describedby` (see `describedBy`). */
export default function FieldProblem({ id, message }: Props) {
  if (!message) return null
  return (
    <p className={styles.problem} id={`${id}-error`} data-testid={`${id}-error`}>
      {message}
    </p>
  )
}

/** The accessibility attributes of a control with an optional hint (from Field) and an optional problem. */
export function describedBy(id: string, { hint, problem }: { hint?: boolean; problem?: string | null }) {
  const ids = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean)
  return { "aria-invalid": problem ? true : undefined, "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined }
}
