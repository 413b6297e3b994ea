import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { parseTradeLeadContext, readTradeLeadForm, toTradeLeadBody, toTradeLeadError, validateTradeLead } from "../trade-lead"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const booth = { cooperative: "htx-mat-ong-bac-ha-meo-vac", fairSlug: "hoi-cho-ocop-tuyen-quang-mua-dong", boothCode: "a02" }

function filled(overrides: Record<string, string> = {}): FormData {
  const form = new FormData()
  const values: Record<string, string> = {
    product_id: "",
    quantity: " 500 kg mỗi tháng ",
    target_market: "Hà Nội",
    company: "Công ty TNHH Thực phẩm Sạch",
    contact_name: "Nguyễn Thu Hà",
    email: "thuha@thucphamsach.vn",
    phone: "",
    message: "Chúng tôi cần mật ong đóng hũ 500 g, giao hàng tháng.",
    website: "",
    ...overrides,
  }
  for (const [name, value] of Object.entries(values)) form.set(name, value)
  return form
}

class FetchError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

void describe("validateTradeLead and toTradeLeadBody", () => {
  void it("sends the trimmed inquiry from the booth, leaving out the optional fields left empty", () => {
    const checked = validateTradeLead(readTradeLeadForm(filled()))
    assert.ok(checked.values)
    assert.deepEqual(toTradeLeadBody(checked.values, booth), {
      cooperative: "htx-mat-ong-bac-ha-meo-vac",
      fair_slug: "hoi-cho-ocop-tuyen-quang-mua-dong",
      booth_code: "A02",
      quantity: "500 kg mỗi tháng",
      target_market: "Hà Nội",
      company: "Công ty TNHH Thực phẩm Sạch",
      contact_name: "Nguyễn Thu Hà",
      email: "thuha@thucphamsach.vn",
      message: "Chúng tôi cần mật ong đóng hũ 500 g, giao hàng tháng.",
    })
  })

  void it("sends the chosen product and phone, and passes a filled hidden field on so the backend can drop it", () => {
    const checked = validateTradeLead(readTradeLeadForm(filled({ product_id: "prod_01HONEY", phone: "+84 912 345 678", website: "http://spam.example" })))
    assert.ok(checked.values)
    const body = toTradeLeadBody(checked.values, booth)
    assert.equal(body.product_id, "prod_01HONEY")
    assert.equal(body.phone, "+84 912 345 678")
    assert.equal(body.website, "http://spam.example")
  })

  void it("sends an inquiry from a product page with the page's product, and one from a cooperative's page with no fair", () => {
    const checked = validateTradeLead(readTradeLeadForm(filled()))
    assert.ok(checked.values)
    const fromProduct = toTradeLeadBody(checked.values, { cooperative: "htx-cam-sanh-ham-yen", productId: "prod_01ORANGE" })
    assert.equal(fromProduct.product_id, "prod_01ORANGE")
    assert.equal("fair_slug" in fromProduct || "booth_code" in fromProduct, false)
    const fromCooperative = toTradeLeadBody(checked.values, { cooperative: "htx-cam-sanh-ham-yen" })
    assert.deepEqual(Object.keys(fromCooperative).sort(), ["company", "contact_name", "cooperative", "email", "message", "quantity", "target_market"])
    const chosen = validateTradeLead(readTradeLeadForm(filled({ product_id: "prod_01JAM" })))
    assert.ok(chosen.values)
    assert.equal(toTradeLeadBody(chosen.values, { cooperative: "htx-cam-sanh-ham-yen" }).product_id, "prod_01JAM")
  })

  void it("names every field to correct, in the form's order", () => {
    const checked = validateTradeLead(readTradeLeadForm(filled({ message: "Cần gấp", email: "không phải thư", company: " ", phone: "gọi tôi", product_id: "honey" })))
    assert.deepEqual(checked.fields, ["product_id", "company", "email", "phone", "message"])
  })

  void it("treats a missing field as empty", () => {
    assert.deepEqual(validateTradeLead(readTradeLeadForm(new FormData())).fields, ["quantity", "target_market", "company", "contact_name", "email", "message"])
  })
})

void describe("parseTradeLeadContext", () => {
  void it("accepts a booth's cooperative handle, fair slug and code, and nothing else", () => {
    assert.deepEqual(parseTradeLeadContext(booth), booth)
    assert.equal(parseTradeLeadContext({ ...booth, cooperative: "HTX Mật ong" }), null)
    assert.equal(parseTradeLeadContext({ ...booth, extra: 1 }), null)
    assert.equal(parseTradeLeadContext(null), null)
  })

  void it("accepts a cooperative alone or with one of its products, but not a booth without its fair", () => {
    assert.deepEqual(parseTradeLeadContext({ cooperative: "htx-cam-sanh-ham-yen" }), { cooperative: "htx-cam-sanh-ham-yen" })
    const product = { cooperative: "htx-cam-sanh-ham-yen", productId: "prod_01ORANGE" }
    assert.deepEqual(parseTradeLeadContext(product), product)
    assert.equal(parseTradeLeadContext({ ...product, productId: "cam-sanh" }), null)
    assert.equal(parseTradeLeadContext({ cooperative: "htx-cam-sanh-ham-yen", boothCode: "A03" }), null)
    assert.equal(parseTradeLeadContext({ cooperative: "htx-cam-sanh-ham-yen", fairSlug: "hoi-cho" }), null)
  })
})

void describe("toTradeLeadError", () => {
  void it("keeps the backend's sentence for a refusal the visitor can act on, and hides anything else", () => {
    const refused = "HTX Chè sells no product \"x\"."
    assert.deepEqual(toTradeLeadError(new FetchError(refused, 400)), { code: "rejected", message: refused })
    const limited = "Too many inquiries from you in the last hour; please try again later or contact the cooperative by phone."
    assert.deepEqual(toTradeLeadError(new FetchError(limited, 429)), { code: "too_many", message: null })
    assert.deepEqual(toTradeLeadError(new FetchError("No cooperative \"x\".", 404)), { code: "not_found", message: "No cooperative \"x\"." })
    assert.deepEqual(toTradeLeadError(new FetchError("relation does not exist", 500)), { code: "failed", message: null })
    assert.deepEqual(toTradeLeadError(new TypeError("fetch failed")), { code: "failed", message: null })
  })
})
