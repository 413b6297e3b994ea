import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { FAIR_MODULE } from "../../modules/fair"
import type FairModuleService from "../../modules/fair/service"
import { fairView } from "./fair-view"
import { regularAmount, type VariantPrice } from "../pricing/regular-price"

/** Fairs visitors may see: taking applications or published (never drafts or archived ones). */
const VISIBLE = ["open", "published"]

const PUBLIC_FIELDS = ["id", "slug", "name_vi", "name_en", "description_vi", "description_en", "kind", "venue_name", "venue_address", "starts_at", "ends_at", "banner_url", "organiser", "status"] as const

/** Visible fairs, live (ending soonest first), upcoming (starting soonest first) or past (latest first), or all of them. */
export async function listStoreFairs(scope: MedusaContainer, { status, limit, offset }: { status?: "live" | "upcoming" | "past"; limit: number; offset: number }, now: Date) {
  const time: { filters: Record<string, unknown>; order: Record<string, "ASC" | "DESC"> } =
    status === "live"
      ? { filters: { starts_at: { $lte: now }, ends_at: { $gt: now } }, order: { ends_at: "ASC" } }
      : status === "upcoming"
        ? { filters: { starts_at: { $gt: now } }, order: { starts_at: "ASC" } }
        : status === "past"
          ? { filters: { ends_at: { $lte: now } }, order: { ends_at: "DESC" } }
          : { filters: {}, order: { starts_at: "DESC" } }
  const [fairs, count] = await scope
    .resolve<FairModuleService>(FAIR_MODULE)
    .listAndCountFairs({ status: VISIBLE, ...time.filters }, { select: [...PUBLIC_FIELDS], take: limit, skip: offset, order: time.order })
  return { fairs: fairs.map((f) => fairView(f, now)), count, limit, offset }
}

type BoothRow = { id: string; code: string | null; status: string; cooperative?: { id: string; handle: string; name: string; short_name?: string | null; logo_url?: string | null; commune?: string | null; province?: string | null; status: string } | null }

/** One visible fair by slug with its approved booths of approved cooperatives; 404 otherwise. */
export async function retrieveStoreFair(scope: MedusaContainer, slug: string, now: Date) {
  const [fair] = await scope.resolve<FairModuleService>(FAIR_MODULE).listFairs({ slug, status: VISIBLE }, { select: [...PUBLIC_FIELDS] })
  if (!fair) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No fair "${slug}".`)
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "booth",
    fields: ["id", "code", "status", "cooperative.id", "cooperative.handle", "cooperative.name", "cooperative.short_name", "cooperative.logo_url", "cooperative.commune", "cooperative.province", "cooperative.status"],
    filters: { fair_id: fair.id, status: "approved" },
  })
  const booths = (data as unknown as BoothRow[])
    .filter((b) => b.cooperative?.status === "approved")
    .map(({ cooperative, id, code }) => ({ id, code, cooperative: { handle: cooperative!.handle, name: cooperative!.name, short_name: cooperative!.short_name ?? null, logo_url: cooperative!.logo_url ?? null, commune: cooperative!.commune ?? null, province: cooperative!.province ?? null } }))
    .sort((a, b) => (a.code ?? "").localeCompare(b.code ?? "", "vi"))
  return { ...fairView(fair, now), booths }
}

type FeaturedRow = {
  id: string
  code: string | null
  cooperative?: { handle: string; name: string; status: string } | null
  products?: ({
    id: string
    fair_price: number | string
    product_variant?: {
      id: string
      title: string | null
      prices?: (VariantPrice | null)[] | null
      product?: { id: string; handle: string; title: string; thumbnail: string | null; status: string } | null
    } | null
  } | null)[]
}

/** The products a visible fair's approved booths feature, each with its regular and its fair price in đồng; `booth` keeps one booth's. */
export async function listStoreFairProducts(scope: MedusaContainer, slug: string, { booth }: { booth?: string }) {
  const [fair] = await scope.resolve<FairModuleService>(FAIR_MODULE).listFairs({ slug, status: VISIBLE }, { select: ["id"] })
  if (!fair) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No fair "${slug}".`)
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "booth",
    fields: [
      "id",
      "code",
      "cooperative.handle",
      "cooperative.name",
      "cooperative.status",
      "products.id",
      "products.fair_price",
      "products.product_variant.id",
      "products.product_variant.title",
      "products.product_variant.prices.amount",
      "products.product_variant.prices.currency_code",
      "products.product_variant.prices.rules_count",
      "products.product_variant.prices.price_list_id",
      "products.product_variant.product.id",
      "products.product_variant.product.handle",
      "products.product_variant.product.title",
      "products.product_variant.product.thumbnail",
      "products.product_variant.product.status",
    ],
    filters: { fair_id: fair.id, status: "approved", ...(booth ? { code: booth.toUpperCase() } : {}) },
  })
  return (data as unknown as FeaturedRow[])
    .filter((b) => b.cooperative?.status === "approved")
    .flatMap((b) =>
      (b.products ?? []).flatMap((p) => {
        const variant = p?.product_variant
        const product = variant?.product
        if (!p || !variant || !product || product.status !== "published") return []
        return [
          {
            booth: { code: b.code, cooperative: { handle: b.cooperative!.handle, name: b.cooperative!.name } },
            product: { id: product.id, handle: product.handle, title: product.title, thumbnail: product.thumbnail },
            variant: { id: variant.id, title: variant.title },
            regular_price: regularAmount(variant.prices, "vnd"),
            fair_price: Number(p.fair_price),
            currency_code: "vnd",
          },
        ]
      })
    )
    .sort((x, y) => (x.booth.code ?? "").localeCompare(y.booth.code ?? "") || x.product.title.localeCompare(y.product.title, "vi"))
}

/** Counts a visit to a visible fair's page or to one of its approved booths; 404 for an unknown fair, 400 for an unknown booth. */
export async function recordFairVisit(scope: MedusaContainer, slug: string, boothCode?: string) {
  const fairs = scope.resolve<FairModuleService>(FAIR_MODULE)
  const [fair] = await fairs.listFairs({ slug, status: VISIBLE }, { select: ["id"] })
  if (!fair) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No fair "${slug}".`)
  const code = boothCode?.toUpperCase() ?? null
  if (code) {
    const [booth] = await fairs.listBooths({ fair_id: fair.id, code, status: "approved" }, { select: ["id"] })
    if (!booth) throw new MedusaError(MedusaError.Types.INVALID_DATA, `This fair has no booth ${code}.`)
  }
  await fairs.createFairVisits({ fair_id: fair.id, booth_code: code })
}
