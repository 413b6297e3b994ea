import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LABEL_COUNT } from "../../../../lib/labels/label-sheet"
import { CERTIFICATION_KINDS, CERTIFICATION_NAMES, EVENT_KINDS, EVENT_MAPPING, UNITS } from "../../../../modules/traceability/vocabulary"
import { MAX_EVENT_PHOTOS } from "../../lots/validators"

/** GET /cooperative/traceability/vocabulary — the event kinds (with their EPCIS terms), certification kinds and units a lot form offers. */
export const GET = async (_req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    event_kinds: EVENT_KINDS.map((kind) => ({ kind, ...EVENT_MAPPING[kind] })),
    certification_kinds: CERTIFICATION_KINDS.map((kind) => ({ kind, ...CERTIFICATION_NAMES[kind], name_required: kind === "other" })),
    units: UNITS.map(({ code, name_vi, name_en }) => ({ code, name_vi, name_en })),
    limits: { photos_per_event: MAX_EVENT_PHOTOS, labels_per_request: LABEL_COUNT },
  })
}
