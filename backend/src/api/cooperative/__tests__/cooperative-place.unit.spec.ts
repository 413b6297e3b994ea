import { CooperativeRegisterCooperative } from "../cooperatives/validators"
import { CooperativeUpdateProfile } from "../profile/validators"

const application = {
  name: "Hợp tác xã Cam sành Hàm Yên",
  kind: "cooperative",
  registration_number: "5000900001",
  legal_representative: "Nguyễn Văn An",
  phone: "0986 214 735",
  email: "camsanh@thunghiem.test",
  street: "Thôn Bản Tát",
  commune: "Xã Hàm Yên",
  province: "Tuyên Quang",
  member_count: 12,
  sectors: ["cam"],
  description_vi: "Cam sành.",
}

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => ({ path: i.path.join("."), message: i.message }))

describe("a cooperative's commune", () => {
  it("registers with the commune in its official spelling, typed in any case or Unicode form", () => {
    const parsed = CooperativeRegisterCooperative.parse({ ...application, commune: "  xã hàm  YÊN ".normalize("NFD") })
    expect(parsed.commune).toBe("Xã Hàm Yên")
  })

  it("refuses to register a commune of another province, saying which", () => {
    const result = CooperativeRegisterCooperative.safeParse({ ...application, province: "Hà Nội" })
    expect(issues(result)).toEqual([{ path: "commune", message: expect.stringMatching(/Xã Hàm Yên is not a commune, ward or special zone of Hà Nội/) }])
  })

  it("refuses an unknown province with the province's own message", () => {
    const result = CooperativeRegisterCooperative.safeParse({ ...application, province: "Hà Giang" })
    expect(issues(result)).toEqual([{ path: "province", message: expect.stringMatching(/Province must be one of the 34/) }])
  })

  it("updates a profile's place only with commune and province together, and checks them", () => {
    expect(CooperativeUpdateProfile.parse({ description_en: "Oranges." })).toEqual({ description_en: "Oranges." })
    expect(CooperativeUpdateProfile.parse({ commune: "phường minh xuân", province: "Tuyên Quang" })).toEqual({ commune: "Phường Minh Xuân", province: "Tuyên Quang" })
    expect(issues(CooperativeUpdateProfile.safeParse({ commune: "Xã Hàm Yên" }))).toEqual([{ path: "province", message: expect.stringMatching(/together/) }])
    expect(issues(CooperativeUpdateProfile.safeParse({ commune: "Xã Hàm Yên", province: "Lào Cai" }))[0]?.path).toBe("commune")
  })
})
