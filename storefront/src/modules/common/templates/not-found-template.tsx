import type { ReactNode } from "react"

type Props = { title: string; text: string; action: ReactNode }

/** A plain "nothing here" page: heading, one sentence, one way back. */
export default function NotFoundTemplate({ title, text, action }: Props) {
  return (
    <section className="container page-message">
      <h1>{title}</h1>
      <p>{text}</p>
      {action}
    </section>
  )
}
