import type { DemoCooperative } from "../types"
import { VOLUME, WEIGHT, variant } from "./helpers"

/** Leaf-yeast corn spirit and persimmon cooperative of Quản Bạ. */
export const ruouNgoQuanBa: DemoCooperative = {
  handle: "htx-ruou-ngo-quan-ba",
  name: "Hợp tác xã Rượu ngô men lá Quản Bạ",
  short_name: "HTX Rượu ngô Quản Bạ",
  kind: "cooperative",
  registration_number: "5000724519",
  founded_on: "2013-06-18",
  legal_representative: "Thào Seo Chơ",
  phone: "0868 372 519",
  email: "lienhe@ruoungoquanba.vn",
  street: "Thôn Nặm Đăm",
  commune: "Xã Quản Bạ",
  province: "Tuyên Quang",
  member_count: 27,
  sectors: ["rượu ngô", "hồng không hạt", "men lá"],
  description_vi:
    "Hợp tác xã gìn giữ nghề nấu rượu ngô men lá của đồng bào vùng cao Quản Bạ. Men được làm từ hàng chục loại lá rừng theo bài thuốc gia truyền, ngô được ủ trong thùng gỗ rồi chưng cất bằng nồi đồng trên bếp củi. Vào mùa thu, các thành viên còn thu hái và treo gió hồng không hạt, đặc sản của vùng.",
  description_en:
    "The cooperative keeps alive the leaf-yeast corn spirit tradition of the Quản Bạ highlands. The yeast is made from dozens of forest leaves to a family recipe; the corn is fermented in wooden vats and distilled in copper pots over a wood fire. In autumn the members also pick and wind-dry seedless persimmons, a local specialty.",
  products: [
    {
      handle: "ruou-ngo-men-la-quan-ba",
      title_vi: "Rượu ngô men lá Quản Bạ",
      title_en: "Quản Bạ leaf-yeast corn spirit",
      subtitle_vi: "Chưng cất thủ công, nồng độ khoảng 39%",
      subtitle_en: "Hand-distilled, about 39% ABV",
      description_vi:
        "Ngô hạt vàng trồng trên nương đá được nấu chín, trộn men lá và ủ khoảng hai tuần trước khi chưng cất. Rượu trong, thơm mùi ngô và men lá, êm ở cổ họng. Sản phẩm dành cho người trên 18 tuổi; uống có trách nhiệm.",
      description_en:
        "Yellow corn from the stony hillside fields is cooked, mixed with leaf yeast and fermented for about two weeks before distillation. The spirit is clear, smells of corn and forest leaves and goes down smoothly. For adults over 18 only; please drink responsibly.",
      category: "ruou-truyen-thong",
      ...VOLUME,
      variants: [
        variant("500 ml", "QB-RUOUNGO-500", 65000, 240, 850),
        variant("1 l", "QB-RUOUNGO-1000", 120000, 180, 1450),
        variant("2 l", "QB-RUOUNGO-2000", 220000, 60, 2500),
      ],
    },
    {
      handle: "ruou-ngo-ha-tho-quan-ba",
      title_vi: "Rượu ngô hạ thổ ba năm",
      title_en: "Three-year earth-aged corn spirit",
      subtitle_vi: "Ủ chum sành chôn dưới đất",
      subtitle_en: "Aged in clay jars buried underground",
      description_vi:
        "Rượu ngô men lá được cho vào chum sành, bịt kín và chôn dưới đất ba năm. Thời gian hạ thổ làm rượu dịu hơn, hương ngô ngọt và sâu. Sản phẩm dành cho người trên 18 tuổi.",
      description_en:
        "Leaf-yeast corn spirit is sealed in stoneware jars and buried in the earth for three years. The ageing softens the spirit and gives it a deep, sweet corn aroma. For adults over 18 only.",
      category: "ruou-truyen-thong",
      ...VOLUME,
      variants: [variant("750 ml", "QB-HATHO-750", 350000, 18, 1300)],
    },
    {
      handle: "ruou-thoc-men-la-quan-ba",
      title_vi: "Rượu thóc men lá",
      title_en: "Leaf-yeast paddy spirit",
      subtitle_vi: "Nấu từ thóc nương còn vỏ",
      subtitle_en: "Distilled from unhusked upland paddy",
      description_vi:
        "Thóc nương được ngâm, đồ chín cả vỏ rồi ủ với men lá trước khi chưng cất. Rượu có vị ngọt hậu và mùi thơm đặc trưng của thóc. Sản phẩm dành cho người trên 18 tuổi.",
      description_en:
        "Upland paddy is soaked, steamed in the husk and fermented with leaf yeast before distilling. The spirit has a sweet finish and the distinctive smell of rice grain. For adults over 18 only.",
      category: "ruou-truyen-thong",
      ...VOLUME,
      variants: [
        variant("500 ml", "QB-RUOUTHOC-500", 60000, 95, 850),
        variant("1 l", "QB-RUOUTHOC-1000", 110000, 70, 1450),
      ],
    },
    {
      handle: "ruou-son-tra-quan-ba",
      title_vi: "Rượu sơn tra ngâm",
      title_en: "Mountain crabapple liqueur",
      subtitle_vi: "Quả sơn tra rừng ngâm rượu ngô",
      subtitle_en: "Wild crabapples steeped in corn spirit",
      description_vi:
        "Quả sơn tra (táo mèo) chín hái trên núi được rửa sạch, để ráo và ngâm trong rượu ngô ít nhất sáu tháng. Rượu màu hổ phách, vị chua chát nhẹ và thơm mùi quả. Sản phẩm dành cho người trên 18 tuổi.",
      description_en:
        "Ripe mountain crabapples (táo mèo) picked on the slopes are washed, dried and steeped in corn spirit for at least six months. The liqueur is amber with a gentle sour-astringent taste and a fruity aroma. For adults over 18 only.",
      category: "ruou-truyen-thong",
      ...VOLUME,
      variants: [variant("750 ml", "QB-SONTRA-750", 150000, 55, 1250)],
    },
    {
      handle: "binh-gom-ruou-ngo-quan-ba",
      title_vi: "Bình gốm rượu ngô quà tặng",
      title_en: "Corn spirit in a ceramic gift jar",
      subtitle_vi: "Rượu ngô men lá trong bình gốm men lam",
      subtitle_en: "Leaf-yeast corn spirit in a blue-glazed jar",
      description_vi:
        "Rượu ngô men lá Quản Bạ được đóng trong bình gốm men lam có nút gỗ, đặt trong hộp giấy cứng. Bình có thể dùng lại làm đồ trang trí sau khi dùng hết rượu. Sản phẩm dành cho người trên 18 tuổi.",
      description_en:
        "Quản Bạ leaf-yeast corn spirit in a blue-glazed ceramic jar with a wooden stopper, packed in a rigid box. The jar can be kept as a decoration once empty. For adults over 18 only.",
      category: "ruou-truyen-thong",
      ...VOLUME,
      variants: [variant("1,5 l", "QB-BINHGOM-1500", 450000, 2, 3200)],
    },
    {
      handle: "hong-khong-hat-quan-ba",
      title_vi: "Hồng không hạt Quản Bạ",
      title_en: "Quản Bạ seedless persimmons",
      subtitle_vi: "Hồng giòn ngọt, chỉ có vào mùa thu",
      subtitle_en: "Crisp and sweet, autumn only",
      description_vi:
        "Hồng không hạt là giống hồng quý của vùng cao Quản Bạ, chín vào tháng 9 và tháng 10. Quả được ngâm nước vôi trong cho hết chát, ăn giòn, ngọt mát. Bảo quản nơi thoáng mát và dùng trong vòng một tuần.",
      description_en:
        "The seedless persimmon is a prized variety of the Quản Bạ highlands, ripening in September and October. The fruit is soaked in clear limewater to remove astringency and eaten crisp and sweet. Keep in a cool, airy place and eat within a week.",
      category: "trai-cay-tuoi",
      ...WEIGHT,
      variants: [
        variant("2 kg", "QB-HONG-2KG", 120000, 0, 2200),
        variant("5 kg", "QB-HONG-5KG", 280000, 0, 5400),
      ],
    },
    {
      handle: "hong-treo-gio-quan-ba",
      title_vi: "Hồng treo gió",
      title_en: "Wind-dried persimmons",
      subtitle_vi: "Hồng không hạt phơi gió núi",
      subtitle_en: "Seedless persimmons dried in mountain wind",
      description_vi:
        "Hồng không hạt chín được gọt vỏ, treo ở hiên nhà cho hong khô trong gió lạnh suốt một tháng. Quả dẻo, ngọt đậm như mứt, bên ngoài có lớp phấn trắng tự nhiên. Dùng ăn với trà hoặc làm quà.",
      description_en:
        "Ripe seedless persimmons are peeled and hung under the eaves to dry in the cold wind for a month. The fruit becomes chewy and jam-sweet, with a natural white bloom on the skin. Enjoy with tea or give as a gift.",
      category: "do-kho-nam",
      ...WEIGHT,
      variants: [
        variant("500 g", "QB-HONGSAY-500", 180000, 65, 560),
        variant("1 kg", "QB-HONGSAY-1000", 340000, 20, 1100),
      ],
    },
  ],
}
