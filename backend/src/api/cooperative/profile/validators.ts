import { z } from "@medusajs/framework/zod"
import { cooperativeFields, withOfficialCommune } from "../cooperative-fields"

const { registration_number: _fixed, ...editable } = cooperativeFields

/**
 * Body of POST /cooperative/profile: any editable field; the registration number is fixed once approved by operators.
 * Commune and province travel together, so the commune is always checked against its province.
 */
export const CooperativeUpdateProfile = z
  .object(editable)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { error: "Send at least one field to change." })
  .transform(withOfficialCommune)

export type CooperativeUpdateProfileType = z.infer<typeof CooperativeUpdateProfile>
