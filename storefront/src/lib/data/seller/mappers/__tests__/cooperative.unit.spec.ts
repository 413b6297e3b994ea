import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { parseSectors, readCooperativeForm, toCooperativePayload, toCooperativeProfileView, toDateInput, withOfficialCommune } from "../cooperative"

// node:test returns promises the runner tracks itself; `void` tells the linter they are handled.

function formData(values: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.append(key, value)
  return data
}

const filled = formData({
  name: " Hợp tác xã Chè Shan tuyết Lũng Phìn ",
  shortName: "",
  kind: "cooperative_union",
  registrationNumber: "5100123456",
  foundedOn: "2019-05-14",
  legalRepresentative: "Vàng Mí Chứ",
  phone: "0986 214 735",
  email: "chelungphin@htx-market.vn",
  street: "Thôn Lũng Phìn",
  commune: "Xã Lũng Phìn",
  province: "Tuyên Quang",
  memberCount: "27",
  sectors: "chè, dược liệu;  ",
  descriptionVi: "Chè cổ thụ.",
  descriptionEn: "",
  bankBin: "970 405",
  bankAccountNumber: "",
  bankAccountHolder: "",
})

void describe("toCooperativePayload", () => {
  void it("builds the registration body: numbers, sectors, and no empty optional fields", () => {
    const body = toCooperativePayload(readCooperativeForm(filled), { mode: "create", includeBank: false })
    assert.equal(body.name, "Hợp tác xã Chè Shan tuyết Lũng Phìn")
    assert.equal(body.kind, "cooperative_union")
    assert.equal(body.registration_number, "5100123456")
    assert.equal(body.member_count, 27)
    assert.deepEqual(body.sectors, ["chè", "dược liệu"])
    for (const absent of ["short_name", "description_en", "bank_bin", "logo_url"]) assert.equal(absent in body, false, absent)
  })

  void it("never sends the registration number on update, and clears emptied bank fields for owners", () => {
    const body = toCooperativePayload(readCooperativeForm(filled), { mode: "update", includeBank: true })
    assert.equal("registration_number" in body, false)
    assert.equal(body.bank_bin, "970405")
    assert.equal(body.bank_account_number, null)
    assert.equal(body.description_en, "")
    assert.equal(body.logo_url, null)
  })

  void it("sends an uploaded logo's address", () => {
    const values = { ...readCooperativeForm(filled), logoUrl: "http://localhost:9000/static/logo.webp" }
    assert.equal(toCooperativePayload(values, { mode: "update", includeBank: false }).logo_url, "http://localhost:9000/static/logo.webp")
  })

  void it("leaves the bank out for staff, and sends a count that is not a number as typed", () => {
    const body = toCooperativePayload(readCooperativeForm(formData({ memberCount: "ba mươi" })), { mode: "update", includeBank: false })
    assert.equal("bank_bin" in body, false)
    assert.equal(body.member_count, "ba mươi")
    assert.equal(body.kind, "cooperative")
  })
})

void describe("toCooperativeProfileView", () => {
  void it("shows the founding date as the day in Việt Nam and the sectors as text", () => {
    const view = toCooperativeProfileView({
      cooperative: { id: "coop_1", name: "HTX", kind: "cooperative", founded_on: "2019-05-13T17:00:00.000Z", sectors: ["chè", "mật ong"], member_count: 27, status: "pending" },
    })
    assert.equal(view.values.foundedOn, "2019-05-14")
    assert.equal(view.values.sectors, "chè, mật ong")
    assert.equal(view.values.memberCount, "27")
    assert.equal(view.values.bankBin, "")
  })

  void it("reads dates given as plain days, and nothing from garbage", () => {
    assert.equal(toDateInput("2020-01-02"), "2020-01-02")
    assert.equal(toDateInput("not a date"), "")
    assert.equal(toDateInput(null), "")
  })

  void it("splits sectors on commas, semicolons and lines", () => {
    assert.deepEqual(parseSectors("chè;mật ong\nthổ cẩm, "), ["chè", "mật ong", "thổ cẩm"])
  })
})

void describe("withOfficialCommune", () => {
  const values = readCooperativeForm(filled)

  void it("gives the commune its official spelling when the province has it", () => {
    assert.equal(withOfficialCommune({ ...values, commune: "xã lũng phìn".normalize("NFD") })?.commune, "Xã Lũng Phìn")
  })

  void it("refuses a commune of another province", () => {
    assert.equal(withOfficialCommune({ ...values, province: "Lào Cai" }), null)
  })

  void it("leaves an empty commune or an unknown province to the backend's own message", () => {
    assert.equal(withOfficialCommune({ ...values, commune: "" })?.commune, "")
    assert.equal(withOfficialCommune({ ...values, province: "Hà Giang" })?.province, "Hà Giang")
  })
})
