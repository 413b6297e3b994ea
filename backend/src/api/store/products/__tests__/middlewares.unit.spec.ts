import { cooperativeFieldsFor } from "../middlewares"

// Decree 52/2013 as amended by 85/2021: a listing shows the seller's name, address, phone and registration number.
const SELLER_IDENTITY = ["cooperative.name", "cooperative.street", "cooperative.commune", "cooperative.province", "cooperative.phone", "cooperative.registration_number"]

describe("cooperativeFieldsFor", () => {
  it("expands *cooperative to the seller's public identity", () => {
    const fields = cooperativeFieldsFor("id,*cooperative")
    expect(fields).toEqual(expect.arrayContaining(["cooperative.name", "cooperative.handle", "cooperative.registration_number", "cooperative.phone"]))
  })

  it("gives the seller's legal identity: name, full address, phone and registration number", () => {
    expect(cooperativeFieldsFor("cooperative.*")).toEqual(expect.arrayContaining(SELLER_IDENTITY))
    expect(cooperativeFieldsFor(SELLER_IDENTITY.map((f) => `+${f}`).join(",")).sort()).toEqual([...SELLER_IDENTITY].sort())
  })

  it("keeps single public fields asked with or without +", () => {
    expect(cooperativeFieldsFor("+cooperative.name,cooperative.handle").sort()).toEqual(["cooperative.handle", "cooperative.name"])
  })

  it("never exposes internal fields such as status or members", () => {
    expect(cooperativeFieldsFor("+cooperative.status,cooperative.members.email,+cooperative.name")).toEqual(["cooperative.name"])
  })

  it("never exposes bank details or the reason of a status, even under *cooperative", () => {
    const asked = "+cooperative.bank_account_number,+cooperative.bank_bin,+cooperative.bank_account_holder,+cooperative.status_reason"
    expect(cooperativeFieldsFor(asked)).toEqual([])
    expect(cooperativeFieldsFor("*cooperative").filter((f) => /bank|status/.test(f))).toEqual([])
  })

  it("adds nothing when no cooperative field is asked for", () => {
    expect(cooperativeFieldsFor("id,title")).toEqual([])
    expect(cooperativeFieldsFor(undefined)).toEqual([])
  })
})
