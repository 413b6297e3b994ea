import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { FairVariantOption } from "../../fair-views"
import type { SellerProductView } from "../../product-views"
import { canApplyTo, fairApplicationIssue, parseDong, toBoothReport, toFairApplicationPayload, toFairVariantOptions, toSellerFairs } from "../fair"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const NOW = new Date("2026-12-01T03:00:00.000Z")
const NBSP = "\u00a0"

const teaWeek = {
  id: "fair_tea",
  slug: "tuan-le-tra-shan-tuyet",
  name_vi: "Tuần lễ Trà Shan tuyết",
  name_en: "Shan tuyết tea week",
  kind: "online",
  venue_name: null,
  venue_address: null,
  starts_at: "2026-12-22T08:00:00+07:00",
  ends_at: "2026-12-28T21:00:00+07:00",
  application_deadline: "2026-12-15T17:00:00+07:00",
  status: "open",
  phase: "open",
  booth: null,
}

const winterFair = {
  ...teaWeek,
  id: "fair_winter",
  slug: "hoi-cho-ocop-mua-dong",
  name_vi: "Hội chợ OCOP mùa đông",
  name_en: null,
  kind: "both",
  venue_name: "Quảng trường Nguyễn Tất Thành",
  venue_address: "Phường Minh Xuân, tỉnh Tuyên Quang",
  starts_at: "2026-11-29T08:00:00+07:00",
  ends_at: "2026-12-05T21:00:00+07:00",
  status: "published",
  phase: "live",
  booth: {
    id: "booth_1",
    code: "A03",
    status: "approved",
    reject_reason: null,
    products: [{ variant_id: "variant_cam", title: "Cam sành Hàm Yên", variant_title: "Thùng 10 kg", fair_price: 225000 }],
  },
}

function product(id: string, status: SellerProductView["status"], variants: { id: string; title: string; price: string }[]): SellerProductView {
  return {
    id,
    handle: id,
    status,
    values: {
      title: `Sản phẩm ${id}`,
      titleEn: `Product ${id}`,
      description: "",
      descriptionEn: "",
      categoryIds: [],
      weight: "",
      status: status === "draft" ? "draft" : "published",
      images: [],
      variants: variants.map((v) => ({ key: v.id, id: v.id, title: v.title, sku: "", price: v.price, stock: "5", weight: "" })),
    },
  }
}

void describe("toSellerFairs", () => {
  void it("maps each fair with its booth, in the portal's language, and says which ones the cooperative can apply to", () => {
    const [tea, winter] = toSellerFairs({ fairs: [teaWeek, winterFair] }, "vi", NOW)
    assert.deepEqual(tea, {
      id: "fair_tea",
      slug: "tuan-le-tra-shan-tuyet",
      name: "Tuần lễ Trà Shan tuyết",
      kind: "online",
      venue: null,
      startsAt: teaWeek.starts_at,
      endsAt: teaWeek.ends_at,
      deadline: teaWeek.application_deadline,
      phase: "open",
      booth: null,
      canApply: true,
    })
    assert.equal(winter?.venue, "Quảng trường Nguyễn Tất Thành, Phường Minh Xuân, tỉnh Tuyên Quang")
    assert.equal(winter?.canApply, false)
    assert.deepEqual(winter?.booth, {
      status: "approved",
      code: "A03",
      rejectReason: null,
      products: [{ variantId: "variant_cam", title: "Cam sành Hàm Yên", variantTitle: "Thùng 10 kg", fairPriceLabel: `225.000${NBSP}₫` }],
    })
    assert.equal(toSellerFairs({ fairs: [teaWeek] }, "en", NOW)[0]?.name, "Shan tuyết tea week")
  })

  void it("leaves out fairs the cooperative can no longer join, and reads a rejection's reason", () => {
    const rejected = { ...teaWeek, booth: { status: "rejected", code: null, reject_reason: "Sản phẩm chưa đạt OCOP", products: [] } }
    const fairs = toSellerFairs({ fairs: [rejected, { ...winterFair, phase: "ended" }, { ...teaWeek, id: "draft", phase: "draft" }] }, "vi", NOW)
    assert.equal(fairs.length, 1)
    assert.deepEqual(fairs[0]?.booth, { status: "rejected", code: null, rejectReason: "Sản phẩm chưa đạt OCOP", products: [] })
    assert.equal(fairs[0]?.canApply, false)
  })
})

void describe("canApplyTo", () => {
  const open = { status: "open", phase: "open" as const, deadline: "2026-12-15T17:00:00+07:00" }
  void it("lets a cooperative without a booth, or only invited, apply to a fair taking applications until its deadline", () => {
    assert.equal(canApplyTo(open, null, NOW), true)
    assert.equal(canApplyTo(open, { status: "invited" }, NOW), true)
    assert.equal(canApplyTo({ ...open, deadline: null }, null, NOW), true)
    assert.equal(canApplyTo(open, null, new Date("2026-12-15T10:00:01.000Z")), false)
  })

  void it("refuses a second application and fairs that are not taking applications", () => {
    for (const status of ["applied", "approved", "rejected"]) assert.equal(canApplyTo(open, { status }, NOW), false)
    // Published: upcoming or live, its booths decided.
    assert.equal(canApplyTo({ ...open, status: "published", phase: "upcoming" }, null, NOW), false)
    assert.equal(canApplyTo({ ...open, status: "published", phase: "live" }, null, NOW), false)
  })

  void it("follows the backend: a fair still taking applications after it started (online, no deadline) takes them", () => {
    assert.equal(canApplyTo({ ...open, phase: "live", deadline: null }, null, NOW), true)
    // Without a status, only the open phase counts.
    assert.equal(canApplyTo({ status: null, phase: "live", deadline: null }, null, NOW), false)
    assert.equal(canApplyTo({ status: null, phase: "open", deadline: null }, null, NOW), true)
  })
})

void describe("toBoothReport", () => {
  void it("writes revenue in đồng and lists days oldest first, labelled in Việt Nam's calendar", () => {
    const report = toBoothReport(
      {
        report: {
          code: "A03",
          total: { visits: 12, orders: 2, revenue: 450000, leads: 1 },
          by_day: [
            { day: "2026-11-30", visits: 5, orders: 2, revenue: 450000, leads: 0 },
            { day: "2026-11-29", visits: 7, orders: 0, revenue: 0, leads: 1 },
          ],
        },
      },
      "vi"
    )
    assert.deepEqual(report.total, { visits: 12, orders: 2, revenueLabel: `450.000${NBSP}₫`, leads: 1 })
    assert.deepEqual(
      report.days.map((d) => [d.day, d.revenueLabel]),
      [
        ["2026-11-29", `0${NBSP}₫`],
        ["2026-11-30", `450.000${NBSP}₫`],
      ]
    )
    assert.match(report.days[0]?.dayLabel ?? "", /29/)
  })
})

void describe("toFairVariantOptions", () => {
  void it("offers the variants of published products that have a price, naming the variant only when there are several", () => {
    const options = toFairVariantOptions(
      [
        product("cam", "published", [
          { id: "variant_cam_10", title: "Thùng 10 kg", price: "250000" },
          { id: "variant_cam_5", title: "Thùng 5 kg", price: "" },
        ]),
        product("mut", "published", [{ id: "variant_mut", title: "Hộp", price: "85000" }]),
        product("nhap", "draft", [{ id: "variant_nhap", title: "Gói", price: "10000" }]),
      ],
      "vi"
    )
    assert.deepEqual(options, [
      { variantId: "variant_cam_10", productTitle: "Sản phẩm cam", variantTitle: "Thùng 10 kg", regularPrice: 250000, regularPriceLabel: `250.000${NBSP}₫` },
      { variantId: "variant_mut", productTitle: "Sản phẩm mut", variantTitle: null, regularPrice: 85000, regularPriceLabel: `85.000${NBSP}₫` },
    ])
  })
})

void describe("fairApplicationIssue and toFairApplicationPayload", () => {
  const options: FairVariantOption[] = [
    { variantId: "variant_cam", productTitle: "Cam sành", variantTitle: null, regularPrice: 250000, regularPriceLabel: "250.000 ₫" },
    { variantId: "variant_mut", productTitle: "Mứt cam", variantTitle: null, regularPrice: 85000, regularPriceLabel: "85.000 ₫" },
  ]

  void it("reads prices as people type them, in whole đồng", () => {
    assert.equal(parseDong("225.000"), 225000)
    assert.equal(parseDong(" 225 000 ₫ "), 225000)
    assert.equal(parseDong("225000"), 225000)
    assert.equal(parseDong("0"), 0)
    assert.equal(parseDong("225,5"), null)
    assert.equal(parseDong("-1000"), null)
    assert.equal(parseDong("hai trăm"), null)
  })

  void it("sends the chosen variants at their fair prices when every price is whole and no higher than the regular one", () => {
    const values = { items: [{ variantId: "variant_cam", fairPrice: "225.000" }, { variantId: "variant_mut", fairPrice: "85000" }] }
    assert.equal(fairApplicationIssue(values, options), null)
    assert.deepEqual(toFairApplicationPayload(values), {
      items: [
        { variant_id: "variant_cam", fair_price: 225000 },
        { variant_id: "variant_mut", fair_price: 85000 },
      ],
    })
  })

  void it("names the first problem and the product it is about", () => {
    const issue = (items: { variantId: string; fairPrice: string }[]) => fairApplicationIssue({ items }, options)
    assert.deepEqual(issue([]), { problem: "noItems", variantId: null })
    assert.deepEqual(issue([{ variantId: "variant_cam", fairPrice: "" }]), { problem: "priceMissing", variantId: "variant_cam" })
    assert.deepEqual(issue([{ variantId: "variant_cam", fairPrice: "224999.5" }]), { problem: "priceNotWhole", variantId: "variant_cam" })
    assert.deepEqual(issue([{ variantId: "variant_cam", fairPrice: "200000" }, { variantId: "variant_mut", fairPrice: "90.000" }]), {
      problem: "priceAboveRegular",
      variantId: "variant_mut",
    })
    assert.deepEqual(issue([{ variantId: "variant_other", fairPrice: "1000" }]), { problem: "unknownVariant", variantId: "variant_other" })
    const many = Array.from({ length: 51 }, () => ({ variantId: "variant_cam", fairPrice: "1000" }))
    assert.deepEqual(issue(many), { problem: "tooManyItems", variantId: null })
  })
})
