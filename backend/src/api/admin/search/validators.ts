import { z } from "@medusajs/framework/zod"

/** POST /admin/search/reindex body: nothing to choose, the whole catalogue is reindexed. */
export const AdminStartSearchReindex = z.object({}).strict()
export type AdminStartSearchReindexType = z.infer<typeof AdminStartSearchReindex>
