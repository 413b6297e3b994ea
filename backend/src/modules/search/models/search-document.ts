import { model } from "@medusajs/framework/utils"
import { SEARCH_KINDS } from "../types"

/**
 * One searchable thing in the PostgreSQL provider: the document as the transformer built it, its facet fields as
 * columns, the facet group holding the same facet values (counted once per group), and (added by a migration, not
 * expressible here) its weighted tsvector of diacritic-folded words.
 */
export const SearchDocument = model
  .define("search_document", {
    id: model.text().primaryKey(),
    kind: model.enum([...SEARCH_KINDS]),
    document: model.json(),
    category: model.array(),
    product_set: model.text().nullable(),
    ocop_stars: model.number().nullable(),
    province: model.text().nullable(),
    commune: model.text().nullable(),
    cooperative: model.text().nullable(),
    collection: model.text().nullable(),
    certifications: model.array(),
    price_vnd: model.number().nullable(),
    in_stock: model.boolean().default(false),
    units_sold: model.number().default(0),
    listed_at: model.dateTime(),
    /** The row of `search_facet_group` with this document's facet values: facets are counted per group, not per document. */
    facet_group: model.number().nullable(),
  })
  .indexes([{ on: ["kind", "listed_at"] }, { on: ["kind", "price_vnd"] }])
