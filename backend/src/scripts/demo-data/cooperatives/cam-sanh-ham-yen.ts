import type { DemoCooperative } from "../types"
import { PACK, VOLUME, WEIGHT, variant } from "./helpers"

/** King orange growers' cooperative of Hàm Yên. */
export const camSanhHamYen: DemoCooperative = {
  handle: "htx-cam-sanh-ham-yen",
  name: "Hợp tác xã Cam sành Hàm Yên",
  short_name: "HTX Cam sành Hàm Yên",
  kind: "cooperative",
  registration_number: "5000426718",
  founded_on: "2012-09-20",
  legal_representative: "Hoàng Văn Thắng",
  phone: "0207 3830 468",
  email: "lienhe@camsanhhamyen.vn",
  street: "Thôn Làng Bục",
  commune: "Xã Hàm Yên",
  province: "Tuyên Quang",
  member_count: 64,
  sectors: ["cam sành", "quả sấy", "mật ong"],
  description_vi:
    "Hợp tác xã liên kết các hộ trồng cam sành trên đồi đất đỏ vàng của Hàm Yên, vùng cam nổi tiếng của Tuyên Quang. Các thành viên canh tác theo quy trình chung, ghi nhật ký vườn và thu hái cam khi quả chín tự nhiên trên cây. Cam loại đẹp được bán tươi, phần còn lại được sấy dẻo, làm mứt và chưng cất tinh dầu.",
  description_en:
    "The cooperative brings together king orange growers on the red-yellow hills of Hàm Yên, the best-known orange area of Tuyên Quang. Members farm to a shared procedure, keep orchard logs and pick the fruit only once it has ripened on the tree. The best fruit is sold fresh; the rest is made into soft-dried slices, candied peel and essential oil.",
  products: [
    {
      handle: "cam-sanh-ham-yen",
      title_vi: "Cam sành Hàm Yên",
      title_en: "Hàm Yên king oranges",
      subtitle_vi: "Cam chín cây, vỏ sần, mọng nước",
      subtitle_en: "Tree-ripened, knobbly skin, very juicy",
      description_vi:
        "Cam sành Hàm Yên có vỏ dày và sần, khi chín chuyển màu xanh vàng, múi đỏ cam và nhiều nước. Cam được hái từ tháng 11 đến sau Tết, tuyển quả và đóng thùng carton có lỗ thoáng. Ăn tươi hoặc vắt nước đều ngon; bảo quản nơi thoáng mát được 2–3 tuần.",
      description_en:
        "Hàm Yên king oranges have a thick, knobbly rind that turns yellowish green when ripe, with deep orange segments full of juice. They are picked from November until after Tết, graded and packed in ventilated cartons. Delicious eaten fresh or juiced; they keep 2–3 weeks in a cool, airy place.",
      category: "trai-cay-tuoi",
      ...WEIGHT,
      variants: [
        variant("3 kg", "HY-CAM-3KG", 105000, 320, 3300),
        variant("5 kg", "HY-CAM-5KG", 170000, 210, 5400),
        variant("10 kg", "HY-CAM-10KG", 330000, 80, 10600),
      ],
    },
    {
      handle: "cam-sanh-ham-yen-hop-qua",
      title_vi: "Hộp quà cam sành Hàm Yên",
      title_en: "Hàm Yên king orange gift box",
      subtitle_vi: "12 quả tuyển chọn trong hộp quà",
      subtitle_en: "12 hand-selected oranges in a gift box",
      description_vi:
        "Mười hai quả cam sành to đều, còn nguyên cuống lá, được xếp trong hộp giấy cứng có ngăn. Cam được chọn từ những vườn cây trên 8 năm tuổi. Hộp quà thường được đặt để biếu dịp Tết Nguyên đán.",
      description_en:
        "Twelve evenly sized king oranges, stalks and leaves still attached, packed in a rigid box with dividers. The fruit is chosen from orchards with trees more than 8 years old. A favourite gift for the Lunar New Year.",
      category: "trai-cay-tuoi",
      ...PACK,
      variants: [variant("Hộp 12 quả", "HY-CAM-HOPQUA", 220000, 48, 4200)],
    },
    {
      handle: "cam-sanh-say-deo-ham-yen",
      title_vi: "Cam sành sấy dẻo",
      title_en: "Soft-dried king orange slices",
      subtitle_vi: "Lát cam sấy lạnh, không thêm đường",
      subtitle_en: "Cold-dried slices, no added sugar",
      description_vi:
        "Cam sành Hàm Yên được rửa sạch, thái lát mỏng cả vỏ và sấy lạnh ở nhiệt độ thấp để giữ màu và hương. Lát cam dẻo, chua ngọt tự nhiên, dùng ăn vặt hoặc pha trà. Không dùng đường và chất bảo quản.",
      description_en:
        "Hàm Yên king oranges are washed, thinly sliced with the peel and cold-dried at a low temperature to keep their colour and aroma. The slices are chewy and naturally sweet-sour, good as a snack or in tea. No sugar or preservatives are added.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [
        variant("200 g", "HY-CAMSAY-200", 85000, 150, 230),
        variant("500 g", "HY-CAMSAY-500", 195000, 55, 540),
      ],
    },
    {
      handle: "mut-vo-cam-sanh-ham-yen",
      title_vi: "Mứt vỏ cam sành",
      title_en: "Candied king orange peel",
      subtitle_vi: "Mứt Tết làm thủ công từ vỏ cam",
      subtitle_en: "Handmade Tết candied peel",
      description_vi:
        "Vỏ cam sành được thái sợi, ngâm bớt vị đắng rồi sên với đường trên bếp củi cho đến khi khô ráo. Mứt có màu vàng óng, vị ngọt the, thơm tinh dầu cam. Món mứt quen thuộc trên khay bánh kẹo ngày Tết.",
      description_en:
        "King orange peel is cut into strips, soaked to soften the bitterness and then cooked with sugar over a wood fire until dry. The candied peel is glossy gold, sweet with a slight bite and fragrant with orange oil. A familiar treat on the Tết sweets tray.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [variant("250 g", "HY-MUTCAM-250", 75000, 45, 280)],
    },
    {
      handle: "mat-ong-hoa-cam-ham-yen",
      title_vi: "Mật ong hoa cam Hàm Yên",
      title_en: "Hàm Yên orange-blossom honey",
      subtitle_vi: "Mật ong từ mùa hoa cam tháng Hai",
      subtitle_en: "From the February orange bloom",
      description_vi:
        "Các thành viên đặt đàn ong trong vườn cam vào mùa hoa nở tháng Hai, tháng Ba. Mật có màu vàng nhạt, hương hoa cam nhẹ và vị ngọt thanh. Dùng pha nước ấm, chấm bánh hoặc ướp món ăn.",
      description_en:
        "Members place their hives in the orange orchards while the trees bloom in February and March. The honey is pale gold with a light orange-blossom scent and a clean sweetness. Stir it into warm water, serve with cakes or use it in marinades.",
      category: "mat-ong",
      ...VOLUME,
      variants: [
        variant("500 ml", "HY-MATONG-500", 190000, 70, 760),
        variant("1 l", "HY-MATONG-1000", 360000, 25, 1480),
      ],
    },
    {
      handle: "tinh-dau-vo-cam-sanh",
      title_vi: "Tinh dầu vỏ cam sành",
      title_en: "King orange peel essential oil",
      subtitle_vi: "Chưng cất hơi nước từ vỏ cam tươi",
      subtitle_en: "Steam-distilled from fresh peel",
      description_vi:
        "Tinh dầu được chưng cất bằng hơi nước từ vỏ cam sành tươi sau mùa thu hoạch. Mùi thơm ngọt, tươi mát, dùng cho máy khuếch tán hoặc pha nước lau nhà. Không dùng trực tiếp lên da khi chưa pha loãng.",
      description_en:
        "Steam-distilled from fresh king orange peel left over from the harvest. It smells sweet and fresh; use it in a diffuser or in floor-cleaning water. Do not apply to the skin undiluted.",
      category: "tinh-dau-my-pham-thao-duoc",
      ...VOLUME,
      variants: [
        variant("10 ml", "HY-TINHDAU-10", 65000, 180, 60),
        variant("50 ml", "HY-TINHDAU-50", 250000, 40, 160),
      ],
    },
  ],
}
