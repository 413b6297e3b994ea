"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useState, useTransition } from "react"
import { recordLotEventAction } from "@/lib/data/seller/lot-actions"
import type { EventFieldErrors, EventFormValues } from "@/lib/data/seller/lot-views"
import type { SellerActionError } from "@/lib/data/seller/mappers/action-error"
import { toVietnamLocalTime, validateEventForm } from "@/lib/data/seller/mappers/lot-payload"
import { TRACE_EVENT_KINDS, type TraceEventKind } from "@/lib/data/traceability-views"
import form from "../../styles/form.module.css"
import Field from "../field"
import FieldProblem, { describedBy } from "../field-problem"
import FormError from "../form-error"
import { useFieldProblem } from "../lot-form/use-field-problem"
import EventPhotos from "./event-photos"
import styles from "./styles.module.css"

/** An earlier step that a correction can name. */
export type CorrectableEvent = { id: string; kind: TraceEventKind | "unknown"; timeLabel: string }

type Props = {
  lotId: string
  events: CorrectableEvent[]
  /** "Now" in Vietnam as the server rendered the page, so the first render matches on both sides. */
  initialTime: string
}

function blank(time: string, kind: TraceEventKind = "harvest"): EventFormValues {
  return { kind, result: "pass", time, place: "", note: "", photos: [], correctsEventId: "", correctionReason: "" }
}

function toKind(value: string): TraceEventKind {
  return TRACE_EVENT_KINDS.find((kind) => kind === value) ?? "harvest"
}

/** Records one step of the lot (or a correction of an earlier one); the timeline above shows it once saved. */
export default function EventForm({ lotId, events, initialTime }: Props) {
  const t = useTranslations("TraceSeller")
  const tTrace = useTranslations("Trace")
  const problem = useFieldProblem()
  const [values, setValues] = useState(() => blank(initialTime))
  const [errors, setErrors] = useState<EventFieldErrors>({})
  const [error, setError] = useState<SellerActionError | null>(null)
  const [saved, setSaved] = useState(false)
  const [uploading, setUploading] = useState(false)
  const [pending, startTransition] = useTransition()

  function change(patch: Partial<EventFormValues>) {
    setValues((current) => ({ ...current, ...patch }))
    setSaved(false)
    if ("time" in patch) setErrors((current) => ({ ...current, time: undefined }))
    if ("correctionReason" in patch || "correctsEventId" in patch) setErrors((current) => ({ ...current, correctionReason: undefined }))
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setError(null)
    const found = validateEventForm(values)
    setErrors(found)
    if (found.time || found.correctionReason) {
      document.getElementById(found.time ? "event-time" : "event-correction-reason")?.focus()
      return
    }
    startTransition(async () => {
      const result = await recordLotEventAction({ lotId, values })
      if (result.error) {
        setError(result.error)
        if (result.fieldErrors) setErrors(result.fieldErrors)
        return
      }
      // Ready for the next step, at the time it is now.
      setValues(blank(toVietnamLocalTime(new Date()), values.kind))
      setSaved(true)
    })
  }

  const correcting = values.correctsEventId !== ""
  return (
    <form className={form.form} onSubmit={submit} noValidate data-testid="event-form">
      <div className={form.grid}>
        <Field label={t("eventKind")} htmlFor="event-kind">
          <select
            id="event-kind"
            value={values.kind}
            onChange={(event) => change({ kind: toKind(event.target.value) })}
            className={form.input}
            data-testid="event-kind"
          >
            {TRACE_EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tTrace(`eventKinds.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        {values.kind === "inspection" && (
          <Field label={t("eventResult")} htmlFor="event-result">
            <select
              id="event-result"
              value={values.result}
              onChange={(event) => change({ result: event.target.value === "fail" ? "fail" : "pass" })}
              className={form.input}
              data-testid="event-result"
            >
              <option value="pass">{tTrace("inspectionResult.pass")}</option>
              <option value="fail">{tTrace("inspectionResult.fail")}</option>
            </select>
          </Field>
        )}
        <Field label={t("eventTime")} htmlFor="event-time" hint={t("eventTimeHint")}>
          <input
            id="event-time"
            type="datetime-local"
            value={values.time}
            onChange={(event) => change({ time: event.target.value })}
            className={form.input}
            data-testid="event-time"
            {...describedBy("event-time", { hint: true, problem: problem(errors.time) })}
          />
          <FieldProblem id="event-time" message={problem(errors.time)} />
        </Field>
        <Field label={t("eventPlace")} htmlFor="event-place" hint={t("eventPlaceHint")} optionalLabel={t("optional")}>
          <input
            id="event-place"
            value={values.place}
            onChange={(event) => change({ place: event.target.value })}
            className={form.input}
            maxLength={200}
            aria-describedby="event-place-hint"
            data-testid="event-place"
          />
        </Field>
        <Field label={t("eventNote")} htmlFor="event-note" optionalLabel={t("optional")} wide>
          <textarea
            id="event-note"
            value={values.note}
            onChange={(event) => change({ note: event.target.value })}
            className={form.input}
            maxLength={2000}
            rows={3}
            data-testid="event-note"
          />
        </Field>
        <div className={`${form.field} ${form.wide}`}>
          <span className={form.label}>
            {t("eventPhotos")} <span className={form.optional}>{t("optional")}</span>
          </span>
          <EventPhotos photos={values.photos} onChange={(photos) => change({ photos })} onBusy={setUploading} onError={setError} />
        </div>
        {events.length > 0 && (
          <Field label={t("eventCorrects")} htmlFor="event-corrects" optionalLabel={t("optional")} wide>
            <select
              id="event-corrects"
              value={values.correctsEventId}
              onChange={(event) => change({ correctsEventId: event.target.value })}
              className={form.input}
              data-testid="event-corrects"
            >
              <option value="">{t("eventCorrectsNone")}</option>
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {t("eventCorrectsOption", { kind: tTrace(`eventKinds.${e.kind}`), time: e.timeLabel })}
                </option>
              ))}
            </select>
          </Field>
        )}
        {correcting && (
          <Field label={t("eventCorrectionReason")} htmlFor="event-correction-reason" wide>
            <input
              id="event-correction-reason"
              value={values.correctionReason}
              onChange={(event) => change({ correctionReason: event.target.value })}
              className={form.input}
              maxLength={500}
              data-testid="event-correction-reason"
              {...describedBy("event-correction-reason", { problem: problem(errors.correctionReason) })}
            />
            <FieldProblem id="event-correction-reason" message={problem(errors.correctionReason)} />
          </Field>
        )}
      </div>
      <FormError error={error} testId="form-error" />
      <div className={`${form.actions} ${styles.saveBar}`}>
        <button type="submit" className="button button-primary" disabled={pending || uploading} data-testid="event-submit">
          {pending ? t("eventSaving") : t("eventSubmit")}
        </button>
        <p className={form.success} role="status" data-testid="event-saved">
          {saved && !pending ? t("eventSaved") : ""}
        </p>
      </div>
    </form>
  )
}
