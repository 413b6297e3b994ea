import { z } from "@medusajs/framework/zod"

/** Query of GET /cooperative/traceability/vocabulary: takes no parameters. */
export const CooperativeGetTraceVocabulary = z.object({}).strict()
export type CooperativeGetTraceVocabularyType = z.infer<typeof CooperativeGetTraceVocabulary>
