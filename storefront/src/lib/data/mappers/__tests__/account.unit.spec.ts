import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  prefillCheckoutAddress,
  prefillForeignAddress,
  profileSchema,
  readAccountForm,
  registerSchema,
  signInSchema,
  toCustomerAddressBody,
  toCustomerView,
  toReorderLines,
  toSavedAddresses,
} from "../account"
import { parsePurchase } from "../purchase"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const FIELDS = ["fullName", "email", "password", "phone"] as const

void describe("readAccountForm (register)", () => {
  void it("tidies the name, lower-cases the e-mail, keeps the password as typed and normalises the phone", () => {
    const form = new FormData()
    form.set("fullName", "  Nguyễn   Thị Lan ")
    form.set("email", " Lan.Nguyen@Example.VN ")
    form.set("password", " mat khau 1 ")
    form.set("phone", "+84 912 345 678")
    const { values, fields } = readAccountForm(registerSchema, form, FIELDS)
    assert.equal(fields, null)
    assert.deepEqual(values, { fullName: "Nguyễn Thị Lan", email: "lan.nguyen@example.vn", password: " mat khau 1 ", phone: "0912345678" })
  })

  void it("accepts an empty phone: it is optional", () => {
    const { values } = readAccountForm(registerSchema, { fullName: "An", email: "an@example.vn", password: "12345678", phone: "" }, FIELDS)
    assert.equal(values?.phone, "")
  })

  void it("names every refused field with the reason the form shows", () => {
    const { values, fields } = readAccountForm(registerSchema, { fullName: " ", email: "an@", password: "1234567", phone: "02073830468" }, FIELDS)
    assert.equal(values, null)
    assert.deepEqual(fields, { fullName: "name_required", email: "email_invalid", password: "password_too_short", phone: "phone_invalid" })
  })

  void it("refuses fields it does not know, whatever a crafted request sends", () => {
    assert.equal(readAccountForm(signInSchema, { email: "an@example.vn", password: "" }, ["email", "password"]).values, null)
    const profile = readAccountForm(profileSchema, { fullName: "Trần Bình", phone: "0987 654 321", email: "x@y.vn" }, ["fullName", "phone"])
    assert.deepEqual(profile.values, { fullName: "Trần Bình", phone: "0987654321" })
  })
})

void describe("toCustomerView", () => {
  void it("puts the family name first, as the checkout splits it", () => {
    assert.deepEqual(toCustomerView({ id: "cus_1", email: "an@example.vn", first_name: "An", last_name: "Nguyễn Văn", phone: null }), {
      id: "cus_1",
      email: "an@example.vn",
      fullName: "Nguyễn Văn An",
      phone: "",
    })
  })
})

const saved = (id: string, isDefault: boolean, street: string) => ({
  id,
  first_name: "Lan",
  last_name: "Nguyễn Thị",
  phone: "0912345678",
  address_1: street,
  city: "Xã Hàm Yên",
  province: "Tuyên Quang",
  is_default_shipping: isDefault,
})

void describe("toSavedAddresses", () => {
  void it("lists the default first, each with checkout values and a one-line label", () => {
    const [first, second] = toSavedAddresses([saved("a1", false, "Thôn Cầu"), saved("a2", true, "Thôn Làng Bục")], "lan@example.vn")
    assert.equal(first?.id, "a2")
    assert.equal(first?.isDefault, true)
    assert.equal(first?.label, "Nguyễn Thị Lan, Thôn Làng Bục, Xã Hàm Yên, Tuyên Quang")
    assert.deepEqual(second?.values, { email: "lan@example.vn", fullName: "Nguyễn Thị Lan", phone: "0912345678", province: "Tuyên Quang", commune: "Xã Hàm Yên", street: "Thôn Cầu" })
  })
})

void describe("toCustomerAddressBody", () => {
  void it("saves the same fields as a cart address, in Việt Nam, with the default flags", () => {
    const values = { email: "lan@example.vn", fullName: "Nguyễn Thị Lan", phone: "0912345678", province: "Tuyên Quang", commune: "Xã Hàm Yên", street: "Thôn Cầu" }
    assert.deepEqual(toCustomerAddressBody(values, true), {
      first_name: "Lan",
      last_name: "Nguyễn Thị",
      phone: "0912345678",
      address_1: "Thôn Cầu",
      city: "Xã Hàm Yên",
      province: "Tuyên Quang",
      country_code: "vn",
      is_default_shipping: true,
      is_default_billing: true,
    })
  })
})

void describe("prefillCheckoutAddress", () => {
  const empty = { email: "", fullName: "", phone: "", province: "", commune: "", street: "" }
  const customer = { id: "cus_1", email: "lan@example.vn", fullName: "Nguyễn Thị Lan", phone: "0912345678" }
  const book = toSavedAddresses([saved("a1", true, "Thôn Cầu")], customer.email)

  void it("leaves a guest's checkout as the cart has it", () => {
    assert.deepEqual(prefillCheckoutAddress(empty, null, []), empty)
  })

  void it("starts a signed-in shopper from their e-mail and default address", () => {
    assert.deepEqual(prefillCheckoutAddress(empty, customer, book), { ...book[0]!.values, email: "lan@example.vn" })
  })

  void it("without a saved address, from their name and phone", () => {
    assert.deepEqual(prefillCheckoutAddress(empty, customer, []), { ...empty, email: customer.email, fullName: customer.fullName, phone: customer.phone })
  })

  void it("keeps what the cart already holds", () => {
    const cart = { ...empty, email: "khac@example.vn", province: "Hà Nội", street: "Phố Huế" }
    assert.deepEqual(prefillCheckoutAddress(cart, customer, book), cart)
  })
})

void describe("prefillForeignAddress", () => {
  const empty = { email: "", fullName: "", phone: "", country: "", street: "", city: "", state: "", postalCode: "" }
  const customer = { id: "cus_2", email: "anna@example.com", fullName: "Anna Müller", phone: "0912345678" }

  void it("starts a signed-in buyer abroad from their e-mail and name, never their Vietnamese phone", () => {
    assert.deepEqual(prefillForeignAddress(empty, null), empty)
    assert.deepEqual(prefillForeignAddress(empty, customer), { ...empty, email: customer.email, fullName: customer.fullName })
  })

  void it("keeps what the cart already holds", () => {
    const cart = { ...empty, email: "other@example.com", fullName: "", country: "de", street: "Hauptstraße 1" }
    assert.deepEqual(prefillForeignAddress(cart, customer), cart)
    assert.deepEqual(prefillForeignAddress({ ...cart, email: "" }, customer), { ...cart, email: customer.email })
  })
})

void describe("toReorderLines", () => {
  const payment = { method: "cash_on_delivery", status: "awaiting", paid_at: null, transfer: null }
  const order = (items: unknown[]) => ({ id: "o", items, payment })
  const item = (variant_id: string | null, quantity: number, title = "Cam sành") => ({ title, variant_id, variant_title: "Hộp 5kg", quantity, unit_price: 1, total: 1 })

  void it("adds up the quantities of one variant across orders and names lines whose variant is gone", () => {
    const purchase = parsePurchase({
      id: "pur_1",
      currency_code: "vnd",
      orders: [order([item("variant_1", 2), item(null, 1, "Chè Shan tuyết")]), order([item("variant_1", 1), item("variant_2", 3, "Mật ong")])],
    })
    assert.deepEqual(toReorderLines(purchase), {
      lines: [
        { variantId: "variant_1", quantity: 3, title: "Cam sành — Hộp 5kg" },
        { variantId: "variant_2", quantity: 3, title: "Mật ong — Hộp 5kg" },
      ],
      missing: ["Chè Shan tuyết — Hộp 5kg"],
    })
  })
})
