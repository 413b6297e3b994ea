import type { DemoCooperative } from "../types"
import { PACK, SIZE, variant } from "./helpers"

/** Rattan and bamboo weavers' cooperative of Sơn Dương. */
export const mayTreDanSonDuong: DemoCooperative = {
  handle: "htx-may-tre-dan-son-duong",
  name: "Hợp tác xã Mây tre đan Sơn Dương",
  short_name: "HTX Mây tre đan Sơn Dương",
  kind: "cooperative",
  registration_number: "5001458931",
  founded_on: "2008-12-05",
  legal_representative: "Trần Văn Hùng",
  phone: "0207 3835 642",
  email: "lienhe@maytresonduong.vn",
  street: "Tổ dân phố Quyết Thắng",
  commune: "Xã Sơn Dương",
  province: "Tuyên Quang",
  member_count: 72,
  sectors: ["mây tre đan", "thủ công mỹ nghệ", "đồ gia dụng"],
  description_vi:
    "Hợp tác xã tạo việc làm tại nhà cho hơn bảy mươi thợ đan, phần lớn là phụ nữ trung tuổi trong vùng. Tre, nứa và mây được mua từ rừng trồng địa phương, luộc, phơi và xử lý chống mốc bằng phương pháp hun khói. Sản phẩm được bán trong nước và qua các đơn vị xuất khẩu thủ công mỹ nghệ.",
  description_en:
    "The cooperative provides home-based work for more than seventy weavers, most of them middle-aged women from the area. Bamboo, nứa and rattan are bought from local plantations, boiled, dried and smoked to prevent mould. Products are sold at home and through handicraft exporters.",
  products: [
    {
      handle: "gio-may-dan-tay-son-duong",
      title_vi: "Giỏ mây đan tay",
      title_en: "Hand-woven rattan basket",
      subtitle_vi: "Giỏ tròn có quai, đựng đồ đa năng",
      subtitle_en: "Round basket with handles, for everything",
      description_vi:
        "Giỏ được đan từ sợi mây chẻ đều, nan dày và khít, quai mây bện chắc chắn. Dùng đựng hoa quả, đồ giặt hoặc làm chậu cây trang trí. Lau bằng khăn ẩm, tránh để ngoài mưa.",
      description_en:
        "Woven from evenly split rattan with thick, tight strands and a sturdy braided handle. Use it for fruit or laundry, or as a planter cover. Wipe with a damp cloth and keep out of the rain.",
      category: "thu-cong-my-nghe",
      ...SIZE,
      variants: [
        variant("Nhỏ", "SD-GIOMAY-S", 120000, 90, 400),
        variant("Vừa", "SD-GIOMAY-M", 180000, 60, 650),
        variant("Lớn", "SD-GIOMAY-L", 250000, 25, 950),
      ],
    },
    {
      handle: "khay-tre-dan-son-duong",
      title_vi: "Bộ khay tre đan",
      title_en: "Woven bamboo tray set",
      subtitle_vi: "Ba khay chữ nhật lồng vào nhau",
      subtitle_en: "Three nesting rectangular trays",
      description_vi:
        "Ba khay kích thước khác nhau được đan lóng mốt từ nan tre hun khói, viền cạp bằng tre cật. Khay dùng bày bánh trái, đựng ấm chén hoặc đồ dùng bàn làm việc. Gọn gàng khi xếp lồng vào nhau.",
      description_en:
        "Three trays of different sizes, twill-woven from smoked bamboo strips and rimmed with bamboo skin. Use them for fruit and cakes, a tea set or desk items. They nest neatly together.",
      category: "thu-cong-my-nghe",
      ...PACK,
      variants: [variant("Bộ 3 khay", "SD-KHAYTRE-3", 210000, 45, 900)],
    },
    {
      handle: "lan-may-co-nap-son-duong",
      title_vi: "Làn mây có nắp",
      title_en: "Lidded rattan hamper",
      subtitle_vi: "Làn đi chợ, đi dã ngoại",
      subtitle_en: "For the market or a picnic",
      description_vi:
        "Làn mây có nắp đậy và chốt gỗ, lót vải bông kẻ caro có thể tháo ra giặt. Dáng làn quen thuộc của các bà, các mẹ đi chợ quê. Dùng làm giỏ quà Tết hoặc giỏ dã ngoại.",
      description_en:
        "A rattan hamper with a lid, a wooden peg and a removable checked cotton lining. It has the familiar shape of the baskets village women take to market. Use it as a Tết gift hamper or a picnic basket.",
      category: "thu-cong-my-nghe",
      ...PACK,
      variants: [variant("1 chiếc", "SD-LANMAY-1", 290000, 7, 1100)],
    },
    {
      handle: "chup-den-tre-son-duong",
      title_vi: "Chụp đèn tre đan",
      title_en: "Woven bamboo lampshade",
      subtitle_vi: "Ánh sáng ấm qua nan tre",
      subtitle_en: "Warm light through bamboo strips",
      description_vi:
        "Chụp đèn được đan thưa từ nan tre mảnh để ánh sáng tỏa thành những vệt hoa văn trên tường. Đi kèm đui đèn và dây treo dài 1 m. Thích hợp cho quán cà phê, homestay và phòng ăn.",
      description_en:
        "The shade is loosely woven from fine bamboo strips so the light casts patterns on the walls. Comes with a lamp holder and a 1 m hanging cord. Ideal for cafés, homestays and dining rooms.",
      category: "thu-cong-my-nghe",
      ...SIZE,
      variants: [
        variant("Đường kính 30 cm", "SD-DEN-30", 350000, 20, 700),
        variant("Đường kính 45 cm", "SD-DEN-45", 490000, 12, 1100),
      ],
    },
    {
      handle: "me-tre-trang-tri-son-duong",
      title_vi: "Bộ mẹt tre trang trí",
      title_en: "Decorative bamboo winnowing trays",
      subtitle_vi: "Ba mẹt tròn treo tường",
      subtitle_en: "Three round trays for the wall",
      description_vi:
        "Mẹt tre vốn dùng để phơi, sàng nông sản, nay được làm nhỏ lại để treo tường hoặc bày đồ ăn. Bộ gồm ba chiếc đường kính 25, 35 và 45 cm. Nan tre được hun khói nên có màu nâu tự nhiên.",
      description_en:
        "Bamboo winnowing trays, once used to dry and sift crops, are made smaller here to hang on a wall or serve food. The set has three trays of 25, 35 and 45 cm. The smoked strips give them a natural brown tone.",
      category: "thu-cong-my-nghe",
      ...PACK,
      variants: [variant("Bộ 3 chiếc", "SD-MET-3", 150000, 65, 800)],
    },
    {
      handle: "hop-tre-co-nap-son-duong",
      title_vi: "Hộp tre có nắp",
      title_en: "Lidded bamboo box",
      subtitle_vi: "Hộp đựng đồ khô, trang sức, trà",
      subtitle_en: "For dry goods, jewellery or tea",
      description_vi:
        "Hộp vuông đan hai lớp nan tre, nắp đậy khít giúp giữ đồ khô ráo. Dùng đựng trà, bánh kẹo hoặc đồ trang sức nhỏ. Có thể dùng làm hộp quà đựng đặc sản.",
      description_en:
        "A square box woven with a double layer of bamboo strips and a snug lid that keeps the contents dry. Use it for tea, sweets or small jewellery. It also makes a gift box for local specialties.",
      category: "thu-cong-my-nghe",
      ...SIZE,
      variants: [
        variant("15 × 15 cm", "SD-HOPTRE-15", 130000, 80, 300),
        variant("20 × 20 cm", "SD-HOPTRE-20", 170000, 40, 450),
      ],
    },
  ],
}
