import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export type ProfileField = { key: string; label: string; value: ReactNode }

type Props = { title: string; fields: ProfileField[]; testId?: string }

/** A titled group of label / value pairs; an empty value shows as a dash. */
export const ProfileSection = ({ title, fields, testId }: Props) => (
  <section className="px-6 py-4" data-testid={testId}>
    <Heading level="h2" className="mb-3">
      {title}
    </Heading>
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 md:grid-cols-2">
      {fields.map((f) => (
        <div key={f.key} className="flex flex-col gap-y-0.5" data-testid={`cooperative-field-${f.key}`}>
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
