import { z } from "@medusajs/framework/zod"
import { isStorableText, notStorable } from "../../../lib/zod-fields"

/** POST /cooperative/trade-leads/:id/answer body. */
export const CooperativeAnswerTradeLead = z
  .object({
    answer: z
      .string({ error: "answer is required." })
      .trim()
      .min(5, { error: "answer must be at least 5 characters." })
      .max(4000, { error: "answer must be at most 4000 characters." })
      .refine(isStorableText, notStorable("answer")),
  })
  .strict()
export type CooperativeAnswerTradeLeadType = z.infer<typeof CooperativeAnswerTradeLead>
