import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  isAddressComplete,
  normalizeMobilePhone,
  readAddressValues,
  splitFullName,
  toAddressValues,
  toCartAddressUpdate,
  validateAddress,
} from "../checkout-address"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.
const good = {
  email: "Lan.Nguyen@Example.vn",
  fullName: "  Nguyễn   Thị Lan ",
  phone: "+84 912 345 678",
  province: "Tuyên Quang",
  commune: "Xã Hàm Yên",
  street: "Thôn Làng Bục",
}

void describe("normalizeMobilePhone", () => {
  void it("reads +84, 84, spaces, dots and dashes as the same national number", () => {
    for (const typed of ["0912345678", "0912 345 678", "+84 912 345 678", "+84912345678", "84912345678", "091.234.5678", "(+84) 912-345-678"]) {
      assert.equal(normalizeMobilePhone(typed), "0912345678", typed)
    }
  })

  void it("refuses landlines, old 11-digit mobiles, unknown prefixes, foreign numbers and letters", () => {
    for (const typed of ["02073830468", "01689123456", "0112345678", "091234567", "09123456789", "+1 202 555 0143", "0912abc678", ""]) {
      assert.equal(normalizeMobilePhone(typed), null, typed)
    }
  })
})

void describe("splitFullName", () => {
  void it("puts the given name last and keeps the family and middle names together", () => {
    assert.deepEqual(splitFullName("Nguyễn Thị Lan"), { first_name: "Lan", last_name: "Nguyễn Thị" })
    assert.deepEqual(splitFullName("Lan"), { first_name: "Lan", last_name: "" })
  })
})

void describe("validateAddress", () => {
  void it("tidies the form and saves the phone in national form", () => {
    const form = new FormData()
    for (const [key, value] of Object.entries(good)) form.set(key, value)
    const checked = validateAddress(readAddressValues(form))
    assert.deepEqual(checked.values, { ...good, email: "lan.nguyen@example.vn", fullName: "Nguyễn Thị Lan", phone: "0912345678" })
  })

  void it("names every refused field with its own reason", () => {
    const checked = validateAddress(readAddressValues({ email: "lan@", fullName: " ", phone: "02073830468", province: "Hà Giang", commune: "", street: "" }))
    assert.deepEqual(checked.fields, {
      email: "email_invalid",
      fullName: "name_required",
      phone: "phone_invalid",
      province: "province_invalid",
      commune: "commune_required",
      street: "street_required",
    })
  })

  void it("accepts a province typed in decomposed Unicode (some phone keyboards)", () => {
    const checked = validateAddress(readAddressValues({ ...good, province: "Tuyên Quang".normalize("NFD") }))
    assert.equal(checked.values?.province, "Tuyên Quang")
  })

  void it("saves the commune in its official spelling, whatever the case, Unicode form and spacing typed", () => {
    const checked = validateAddress(readAddressValues({ ...good, commune: "  xã   HÀM  yên ".normalize("NFD") }))
    assert.equal(checked.values?.commune, "Xã Hàm Yên")
    assert.equal(validateAddress(readAddressValues({ ...good, commune: "ham yen" })).values?.commune, "Xã Hàm Yên")
  })

  void it("refuses a commune of another province, and saves nothing", () => {
    const checked = validateAddress(readAddressValues({ ...good, province: "Hà Nội", commune: "Xã Hàm Yên" }))
    assert.equal(checked.values, null)
    assert.deepEqual(checked.fields, { commune: "commune_not_in_province" })
  })

  void it("refuses an old district-era name and an unknown province, naming the province first", () => {
    assert.deepEqual(validateAddress(readAddressValues({ ...good, commune: "Thị trấn Tân Yên" })).fields, { commune: "commune_not_in_province" })
    assert.deepEqual(validateAddress(readAddressValues({ ...good, province: "Hà Giang", commune: "Xã Lũng Phìn" })).fields, { province: "province_invalid" })
  })
})

void describe("cart address", () => {
  void it("writes street, commune and province into Medusa's fields, billing the same as shipping, in Việt Nam", () => {
    const checked = validateAddress(readAddressValues(good))
    assert.ok(checked.values)
    const update = toCartAddressUpdate(checked.values)
    assert.equal(update.email, "lan.nguyen@example.vn")
    assert.deepEqual(update.shipping_address, {
      first_name: "Lan",
      last_name: "Nguyễn Thị",
      phone: "0912345678",
      address_1: "Thôn Làng Bục",
      city: "Xã Hàm Yên",
      province: "Tuyên Quang",
      country_code: "vn",
    })
    assert.deepEqual(update.billing_address, update.shipping_address)
  })

  void it("reads a saved address back into the form, family name first", () => {
    const values = toAddressValues("lan@example.vn", {
      first_name: "Lan",
      last_name: "Nguyễn Thị",
      phone: "0912345678",
      address_1: "Thôn Làng Bục",
      city: "Xã Hàm Yên",
      province: "Tuyên Quang",
    })
    assert.equal(values.fullName, "Nguyễn Thị Lan")
    assert.equal(validateAddress(values).fields, null)
    assert.deepEqual(toAddressValues(null, null), { email: "", fullName: "", phone: "", province: "", commune: "", street: "" })
  })

  void it("reads an old address as it was saved, and only asks for a current commune when it is used again", () => {
    const values = toAddressValues("lan@example.vn", { first_name: "Lan", last_name: "Nguyễn", phone: "0912345678", address_1: "Tổ 5", city: "Thị trấn Tân Yên, huyện Hàm Yên", province: "Tuyên Quang" })
    assert.equal(values.commune, "Thị trấn Tân Yên, huyện Hàm Yên")
    assert.equal(isAddressComplete(values), false)
  })
})
