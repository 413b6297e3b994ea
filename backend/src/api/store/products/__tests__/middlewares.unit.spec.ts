import { cooperativeFieldsFor } from "../middlewares"

describe("cooperativeFieldsFor", () => {
  it("expands *cooperative to the seller's public identity", () => {
    const fields = cooperativeFieldsFor("id,*cooperative")
    expect(fields).toEqual(expect.arrayContaining(["cooperative.name", "cooperative.handle", "cooperative.registration_number", "cooperative.phone"]))
  })

  it("keeps single public fields asked with or without +", () => {
    expect(cooperativeFieldsFor("+cooperative.name,cooperative.handle").sort()).toEqual(["cooperative.handle", "cooperative.name"])
  })

  it("never exposes internal fields such as status or members", () => {
    expect(cooperativeFieldsFor("+cooperative.status,cooperative.members.email,+cooperative.name")).toEqual(["cooperative.name"])
  })

  it("adds nothing when no cooperative field is asked for", () => {
    expect(cooperativeFieldsFor("id,title")).toEqual([])
    expect(cooperativeFieldsFor(undefined)).toEqual([])
  })
})
