import { z } from "@medusajs/framework/zod"
import { cooperativeFields, withOfficialCommune } from "../cooperative-fields"

const f = cooperativeFields

/** Body of POST /cooperative/cooperatives: an application for a new cooperative; the commune must be one of its province's. */
export const CooperativeRegisterCooperative = z
  .object({
    ...f,
    short_name: f.short_name.optional(),
    founded_on: f.founded_on.optional(),
    sectors: f.sectors.optional(),
    description_vi: f.description_vi,
    description_en: f.description_en.optional(),
    logo_url: f.logo_url.optional(),
    banner_url: f.banner_url.optional(),
    bank_bin: f.bank_bin.optional(),
    bank_account_number: f.bank_account_number.optional(),
    bank_account_holder: f.bank_account_holder.optional(),
  })
  .strict()
  .transform(withOfficialCommune)

export type CooperativeRegisterCooperativeType = z.infer<typeof CooperativeRegisterCooperative>
