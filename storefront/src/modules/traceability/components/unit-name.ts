import viTrace from "../../../../messages/vi/trace.json"

/** A unit code that has a name in `Trace.units`. */
export type KnownUnit = keyof typeof viTrace.Trace.units

/** Whether a lot's unit code has a translated name; others are shown as the cooperative wrote them. */
export function isKnownUnit(code: string): code is KnownUnit {
  return Object.hasOwn(viTrace.Trace.units, code)
}
