import type { DemoCooperative } from "../types"
import { PACK, SIZE, variant } from "./helpers"

/** Tày, Pà Thẻn and Dao brocade weavers' cooperative of Lâm Bình. */
export const thoCamLamBinh: DemoCooperative = {
  handle: "htx-tho-cam-lam-binh",
  name: "Hợp tác xã Dệt thổ cẩm Lâm Bình",
  short_name: "HTX Thổ cẩm Lâm Bình",
  kind: "cooperative",
  registration_number: "5001347260",
  founded_on: "2018-03-30",
  legal_representative: "Chẩu Thị Dung",
  phone: "0865 243 917",
  email: "lienhe@thocamlambinh.vn",
  street: "Thôn Bản Khiển",
  commune: "Xã Lâm Bình",
  province: "Tuyên Quang",
  member_count: 31,
  sectors: ["thổ cẩm", "may mặc", "du lịch cộng đồng"],
  description_vi:
    "Hợp tác xã của phụ nữ Tày, Pà Thẻn và Dao ở Lâm Bình, mỗi dân tộc mang đến kỹ thuật dệt và thêu riêng. Sợi bông được se, nhuộm bằng lá chàm, vỏ cây và củ nâu theo cách truyền thống. Hợp tác xã đón khách du lịch cộng đồng đến xem dệt thổ cẩm và may sản phẩm theo đơn đặt hàng.",
  description_en:
    "A cooperative of Tày, Pà Thẻn and Dao women in Lâm Bình, each people bringing its own weaving and embroidery techniques. The cotton is spun and dyed with indigo leaves, tree bark and dye yam in the traditional way. The cooperative welcomes community tourists to watch the weaving and makes items to order.",
  products: [
    {
      handle: "khan-tho-cam-pa-then",
      title_vi: "Khăn thổ cẩm Pà Thẻn",
      title_en: "Pà Thẻn brocade scarf",
      subtitle_vi: "Sắc đỏ rực rỡ, dệt tay hoàn toàn",
      subtitle_en: "Vivid reds, entirely hand-woven",
      description_vi:
        "Khăn được dệt theo hoa văn của người Pà Thẻn với sắc đỏ chủ đạo, điểm các ô trám và hình cây thông. Mỗi chiếc khăn dệt mất khoảng năm ngày trên khung cửi. Dùng làm khăn quàng hoặc trang trí treo tường.",
      description_en:
        "Woven in Pà Thẻn patterns dominated by red, with diamond lozenges and pine-tree motifs. Each scarf takes about five days on the loom. Wear it as a scarf or hang it as a wall decoration.",
      category: "vai-lanh-tho-cam",
      ...PACK,
      variants: [variant("1 chiếc", "LB-KHANPATHEN-1", 350000, 28, 200)],
    },
    {
      handle: "tui-tho-cam-lam-binh",
      title_vi: "Túi thổ cẩm Lâm Bình",
      title_en: "Lâm Bình brocade bag",
      subtitle_vi: "Túi đeo chéo, quai vải bền chắc",
      subtitle_en: "Cross-body bag with a sturdy strap",
      description_vi:
        "Túi được may từ vải thổ cẩm dệt tay, lót vải bố và có quai đeo chéo điều chỉnh được. Hoa văn và màu sắc mỗi chiếc có khác biệt nhỏ do dệt thủ công. Giặt tay nhẹ, không dùng chất tẩy.",
      description_en:
        "Sewn from hand-woven brocade, lined with canvas and fitted with an adjustable cross-body strap. Each bag varies slightly in pattern and colour because it is handmade. Hand-wash gently without bleach.",
      category: "vai-lanh-tho-cam",
      ...SIZE,
      variants: [
        variant("Nhỏ", "LB-TUI-S", 180000, 55, 220),
        variant("Lớn", "LB-TUI-L", 290000, 22, 360),
      ],
    },
    {
      handle: "vo-goi-tho-cam-lam-binh",
      title_vi: "Vỏ gối thổ cẩm",
      title_en: "Brocade cushion covers",
      subtitle_vi: "Bộ hai vỏ gối 45 × 45 cm",
      subtitle_en: "Set of two, 45 × 45 cm",
      description_vi:
        "Vỏ gối có mặt trước bằng thổ cẩm dệt tay, mặt sau vải bông nhuộm chàm, khóa kéo giấu kín. Hoa văn hình học của người Tày tạo điểm nhấn cho phòng khách. Không kèm ruột gối.",
      description_en:
        "The covers have a hand-woven brocade front, an indigo-dyed cotton back and a concealed zip. Tày geometric motifs bring character to a living room. Inserts not included.",
      category: "vai-lanh-tho-cam",
      ...PACK,
      variants: [variant("Bộ 2 chiếc", "LB-VOGOI-2", 260000, 34, 400)],
    },
    {
      handle: "khan-theu-nguoi-dao-lam-binh",
      title_vi: "Khăn thêu tay của người Dao",
      title_en: "Dao hand-embroidered scarf",
      subtitle_vi: "Thêu chỉ màu trên nền chàm",
      subtitle_en: "Coloured stitching on indigo",
      description_vi:
        "Phụ nữ Dao thêu hoa văn bằng chỉ đỏ, vàng, trắng trên nền vải chàm mà không cần vẽ mẫu, chỉ dựa vào đếm sợi vải. Các họa tiết mô tả cây cỏ, con vật và dấu chân người. Mỗi chiếc khăn là một tác phẩm riêng.",
      description_en:
        "Dao women embroider red, yellow and white motifs on indigo cloth without drawing any pattern, simply by counting the threads. The designs depict plants, animals and human footprints. Every scarf is a one-off piece.",
      category: "vai-lanh-tho-cam",
      ...PACK,
      variants: [variant("1 chiếc", "LB-KHANDAO-1", 280000, 0, 180)],
    },
    {
      handle: "vi-tho-cam-lam-binh",
      title_vi: "Ví thổ cẩm",
      title_en: "Brocade wallet",
      subtitle_vi: "Ví nhỏ gọn, nhiều ngăn",
      subtitle_en: "Compact, with several pockets",
      description_vi:
        "Ví được may từ vải thổ cẩm còn lại sau khi may túi và áo, có ngăn đựng thẻ và tiền xu. Kích thước vừa lòng bàn tay. Món quà lưu niệm nhẹ, dễ mang theo.",
      description_en:
        "Sewn from brocade left over from bags and shirts, with slots for cards and a coin pocket. It fits in the palm of a hand. A light souvenir that is easy to carry.",
      category: "vai-lanh-tho-cam",
      ...PACK,
      variants: [
        variant("1 chiếc", "LB-VI-1", 95000, 120, 70),
        variant("Bộ 3 chiếc", "LB-VI-3", 260000, 40, 200),
      ],
    },
    {
      handle: "ao-cham-nguoi-tay-lam-binh",
      title_vi: "Áo chàm người Tày",
      title_en: "Tày indigo shirt",
      subtitle_vi: "Áo năm thân nhuộm chàm tự nhiên",
      subtitle_en: "Five-panel shirt in natural indigo",
      description_vi:
        "Áo được may theo dáng áo năm thân truyền thống của người Tày, vải bông nhuộm chàm nhiều lần cho màu xanh đen bền. Cúc vải cài bên nách phải. Giặt riêng những lần đầu vì chàm có thể ra màu.",
      description_en:
        "Cut in the traditional five-panel Tày style from cotton dyed repeatedly in indigo for a lasting blue-black. Fabric buttons fasten under the right arm. Wash separately the first few times as the indigo may bleed.",
      category: "vai-lanh-tho-cam",
      ...SIZE,
      variants: [
        variant("S", "LB-AOCHAM-S", 450000, 11, 350),
        variant("M", "LB-AOCHAM-M", 450000, 14, 380),
        variant("L", "LB-AOCHAM-L", 450000, 6, 410),
      ],
    },
    {
      handle: "moc-khoa-tho-cam-lam-binh",
      title_vi: "Móc khóa thổ cẩm",
      title_en: "Brocade key rings",
      subtitle_vi: "Bộ 5 móc khóa nhiều màu",
      subtitle_en: "Set of five in mixed colours",
      description_vi:
        "Móc khóa hình túi nhỏ và quả trám được may từ vải thổ cẩm vụn, kèm tua chỉ màu. Bộ năm chiếc với màu sắc khác nhau. Thích hợp làm quà tặng cho đoàn khách.",
      description_en:
        "Key rings shaped like little pouches and lozenges, sewn from brocade scraps with coloured tassels. A set of five in different colours. A nice gift for visiting groups.",
      category: "vai-lanh-tho-cam",
      ...PACK,
      variants: [variant("Bộ 5 chiếc", "LB-MOCKHOA-5", 75000, 300, 80)],
    },
  ],
}
