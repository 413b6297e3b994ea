import type { DemoCooperative } from "../types"
import { PACK, SIZE, variant } from "./helpers"

/** H'Mông hemp-linen weavers' group of Lùng Tám. */
export const detLanhLungTam: DemoCooperative = {
  handle: "tht-det-lanh-lung-tam",
  name: "Tổ hợp tác dệt lanh Lùng Tám",
  short_name: "THT Dệt lanh Lùng Tám",
  kind: "cooperative_group",
  registration_number: "5000835106",
  founded_on: "2010-08-15",
  legal_representative: "Vàng Thị Mỷ",
  phone: "0355 781 024",
  email: "lienhe@detlanhlungtam.vn",
  street: "Thôn Lùng Tám Thấp",
  commune: "Xã Lùng Tám",
  province: "Tuyên Quang",
  member_count: 24,
  sectors: ["dệt lanh", "vẽ sáp ong", "thêu tay"],
  description_vi:
    "Tổ hợp tác của phụ nữ H'Mông ở Lùng Tám giữ nghề trồng lanh, tước sợi và dệt vải trên khung cửi gỗ. Một tấm vải lanh đi qua hàng chục công đoạn, từ tước, xe, nối sợi đến dệt, nhuộm chàm và vẽ sáp ong. Khách có thể đến thôn xem và tự tay thử các công đoạn dệt.",
  description_en:
    "A group of H'Mông women in Lùng Tám who keep the craft of growing hemp, stripping the fibre and weaving on wooden looms. A single piece of linen passes through dozens of steps, from stripping, spinning and splicing the thread to weaving, indigo dyeing and beeswax drawing. Visitors can come to the village to watch and try the weaving steps themselves.",
  products: [
    {
      handle: "vai-lanh-lung-tam",
      title_vi: "Vải lanh dệt tay Lùng Tám",
      title_en: "Lùng Tám hand-woven hemp linen",
      subtitle_vi: "Vải mộc khổ 40 cm, bán theo mét",
      subtitle_en: "Undyed cloth, 40 cm wide, sold by the metre",
      description_vi:
        "Sợi lanh được tước từ cây lanh trồng trên nương, xe và nối bằng tay, rồi dệt trên khung cửi truyền thống. Vải mộc có màu trắng ngà, bền và càng giặt càng mềm. Thích hợp để may túi, khăn, rèm hoặc đồ trang trí.",
      description_en:
        "The fibre is stripped from hemp grown in the hillside fields, spun and spliced by hand, then woven on a traditional loom. The undyed cloth is ivory white, hard-wearing and softens with each wash. Ideal for bags, scarves, curtains or decorations.",
      category: "vai-lanh-tho-cam",
      ...SIZE,
      variants: [
        variant("1 m", "LT-VAILANH-1M", 180000, 60, 160),
        variant("5 m", "LT-VAILANH-5M", 850000, 14, 780),
      ],
    },
    {
      handle: "vai-lanh-ve-sap-ong-lung-tam",
      title_vi: "Vải lanh vẽ sáp ong nhuộm chàm",
      title_en: "Indigo hemp linen with beeswax batik",
      subtitle_vi: "Hoa văn vẽ tay bằng sáp ong",
      subtitle_en: "Patterns hand-drawn in beeswax",
      description_vi:
        "Người thợ dùng bút đồng chấm sáp ong nóng vẽ hoa văn lên vải lanh, sau đó nhuộm chàm nhiều lần và đun sôi để tẩy sáp. Hoa văn trắng nổi trên nền xanh chàm, mỗi tấm vải là một thiết kế riêng. Giặt tay bằng nước lạnh.",
      description_en:
        "The artisan draws patterns on the linen with a copper pen dipped in hot beeswax, then dyes the cloth in indigo several times and boils it to lift the wax. White motifs stand out on the indigo ground, so every piece is unique. Hand-wash in cold water.",
      category: "vai-lanh-tho-cam",
      ...SIZE,
      variants: [variant("1 m", "LT-SAPONG-1M", 280000, 32, 170)],
    },
    {
      handle: "khan-choang-lanh-lung-tam",
      title_vi: "Khăn choàng lanh nhuộm chàm",
      title_en: "Indigo hemp-linen shawl",
      subtitle_vi: "Khăn dệt tay, viền thêu chỉ màu",
      subtitle_en: "Hand-woven, with embroidered edges",
      description_vi:
        "Khăn choàng dài 180 cm dệt từ sợi lanh, nhuộm chàm và thêu viền bằng chỉ màu theo hoa văn H'Mông. Khăn thoáng vào mùa hè và giữ ấm khi trời se lạnh. Mỗi chiếc mất khoảng một tuần để hoàn thành.",
      description_en:
        "A 180 cm shawl woven from hemp thread, dyed with indigo and edged with coloured H'Mông embroidery. It is airy in summer and warm when the weather turns cool. Each one takes about a week to finish.",
      category: "vai-lanh-tho-cam",
      ...PACK,
      variants: [variant("1 chiếc", "LT-KHAN-1", 350000, 26, 220)],
    },
    {
      handle: "tui-lanh-theu-tay-lung-tam",
      title_vi: "Túi đeo vai vải lanh thêu tay",
      title_en: "Embroidered hemp-linen shoulder bag",
      subtitle_vi: "Túi vải lanh lót cotton, có khóa kéo",
      subtitle_en: "Cotton-lined, with a zip",
      description_vi:
        "Túi được may từ vải lanh vẽ sáp ong, mặt trước đính miếng thêu hoa văn xoắn ốc truyền thống. Bên trong lót vải cotton và có ngăn nhỏ. Phù hợp đi làm, đi chơi hằng ngày.",
      description_en:
        "The bag is sewn from beeswax-batik linen, with a panel of traditional spiral embroidery on the front. It is lined with cotton and has a small inner pocket. Good for work and everyday outings.",
      category: "vai-lanh-tho-cam",
      ...SIZE,
      variants: [
        variant("Nhỏ", "LT-TUI-S", 220000, 40, 250),
        variant("Lớn", "LT-TUI-L", 320000, 15, 380),
      ],
    },
    {
      handle: "vi-cam-tay-lanh-lung-tam",
      title_vi: "Ví cầm tay vải lanh",
      title_en: "Hemp-linen clutch purse",
      subtitle_vi: "Ví nhỏ thêu hoa văn H'Mông",
      subtitle_en: "Small purse with H'Mông embroidery",
      description_vi:
        "Ví cầm tay may từ phần vải lanh còn lại sau khi cắt túi, thêu tay hoa văn hình hoa bí và móc câu. Ví có khóa kéo, vừa điện thoại và giấy tờ. Món quà nhỏ gọn mang dấu ấn cao nguyên đá.",
      description_en:
        "This clutch is sewn from linen offcuts left after cutting bags and hand-embroidered with squash-flower and hook motifs. It has a zip and fits a phone and papers. A compact gift with the mark of the karst plateau.",
      category: "vai-lanh-tho-cam",
      ...PACK,
      variants: [variant("1 chiếc", "LT-VI-1", 120000, 85, 90)],
    },
    {
      handle: "khan-trai-ban-lanh-lung-tam",
      title_vi: "Khăn trải bàn vải lanh",
      title_en: "Hemp-linen table runner",
      subtitle_vi: "Khăn trải dọc bàn, vẽ sáp ong",
      subtitle_en: "Beeswax-batik runner",
      description_vi:
        "Khăn trải bàn dài làm từ vải lanh dệt tay, hai đầu vẽ sáp ong và nhuộm chàm. Khăn phù hợp bàn trà, bàn ăn hoặc kệ trang trí. Giặt tay, phơi nơi râm mát để giữ màu chàm.",
      description_en:
        "A long table runner in hand-woven linen, with beeswax-batik and indigo at both ends. It suits a tea table, dining table or display shelf. Hand-wash and dry in the shade to keep the indigo bright.",
      category: "vai-lanh-tho-cam",
      ...SIZE,
      variants: [
        variant("30 × 150 cm", "LT-TRAIBAN-150", 260000, 20, 200),
        variant("30 × 200 cm", "LT-TRAIBAN-200", 330000, 18, 260),
      ],
    },
  ],
}
