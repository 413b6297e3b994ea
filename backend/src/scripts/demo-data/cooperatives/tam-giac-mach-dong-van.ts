import type { DemoCooperative } from "../types"
import { PACK, VOLUME, WEIGHT, variant } from "./helpers"

/** Buckwheat growers' and processors' cooperative of Đồng Văn. */
export const tamGiacMachDongVan: DemoCooperative = {
  handle: "htx-tam-giac-mach-dong-van",
  name: "Hợp tác xã Tam giác mạch Đồng Văn",
  short_name: "HTX Tam giác mạch Đồng Văn",
  kind: "cooperative",
  registration_number: "5001672418",
  founded_on: "2019-09-03",
  legal_representative: "Sùng Thị Pà",
  phone: "0829 415 630",
  email: "lienhe@tamgiacmachdongvan.vn",
  street: "Tổ dân phố 2",
  commune: "Xã Đồng Văn",
  province: "Tuyên Quang",
  member_count: 41,
  sectors: ["tam giác mạch", "chế biến nông sản", "du lịch"],
  description_vi:
    "Hợp tác xã trồng và chế biến tam giác mạch, loài cây nở hoa hồng tím phủ kín cao nguyên đá mỗi độ cuối thu. Sau mùa hoa, hạt được thu hoạch, phơi khô và xay bột tại xưởng của hợp tác xã. Các thành viên làm bánh, mì và rượu từ hạt tam giác mạch theo cách của người H'Mông.",
  description_en:
    "The cooperative grows and processes buckwheat, whose pink and purple blossom covers the karst plateau every late autumn. After the bloom, the seed is harvested, dried and milled at the cooperative's workshop. Members make cakes, noodles and spirit from buckwheat the H'Mông way.",
  products: [
    {
      handle: "hat-tam-giac-mach-dong-van",
      title_vi: "Hạt tam giác mạch",
      title_en: "Buckwheat groats",
      subtitle_vi: "Hạt đã tách vỏ, nấu cơm hoặc cháo",
      subtitle_en: "Hulled, for cooking like rice or porridge",
      description_vi:
        "Hạt tam giác mạch được tách vỏ đen, giữ lại nhân màu xanh nhạt. Nấu chung với gạo hoặc nấu cháo, hạt mềm và có vị bùi nhẹ. Không chứa gluten tự nhiên.",
      description_en:
        "The black hulls are removed, leaving pale green kernels. Cook them with rice or as porridge; they turn tender with a mild nutty taste. Naturally gluten-free.",
      category: "gao-ngu-coc",
      ...WEIGHT,
      variants: [
        variant("500 g", "DV-HATTGM-500", 50000, 130, 530),
        variant("1 kg", "DV-HATTGM-1KG", 90000, 70, 1040),
      ],
    },
    {
      handle: "bot-tam-giac-mach-dong-van",
      title_vi: "Bột tam giác mạch",
      title_en: "Buckwheat flour",
      subtitle_vi: "Xay cối đá, làm bánh và pha uống",
      subtitle_en: "Stone-ground, for baking and drinks",
      description_vi:
        "Hạt tam giác mạch được xay bằng cối đá chạy chậm để bột không bị nóng. Bột có màu xám nhạt, mùi thơm ngũ cốc. Dùng làm bánh kếp, bánh mì hoặc pha với sữa nóng.",
      description_en:
        "The seed is ground on a slow stone mill so the flour does not overheat. It is pale grey with a wholesome cereal aroma. Use it for pancakes or bread, or stir it into hot milk.",
      category: "gao-ngu-coc",
      ...WEIGHT,
      variants: [variant("500 g", "DV-BOTTGM-500", 65000, 110, 530)],
    },
    {
      handle: "ngu-coc-tam-giac-mach-dong-van",
      title_vi: "Ngũ cốc tam giác mạch rang",
      title_en: "Toasted buckwheat cereal mix",
      subtitle_vi: "Tam giác mạch, ngô và hạt óc chó",
      subtitle_en: "Buckwheat, corn and walnuts",
      description_vi:
        "Hạt tam giác mạch rang giòn được trộn với ngô nếp nổ và hạt óc chó vùng cao. Dùng ăn sáng với sữa, sữa chua hoặc ăn vặt. Không thêm đường.",
      description_en:
        "Crunchy toasted buckwheat mixed with puffed sticky corn and highland walnuts. Have it for breakfast with milk or yoghurt, or as a snack. No added sugar.",
      category: "gao-ngu-coc",
      ...WEIGHT,
      variants: [variant("400 g", "DV-NGUCOC-400", 85000, 58, 450)],
    },
    {
      handle: "banh-tam-giac-mach-dong-van",
      title_vi: "Bánh tam giác mạch",
      title_en: "Buckwheat cakes",
      subtitle_vi: "Bánh hấp truyền thống, nướng lại khi ăn",
      subtitle_en: "Traditional steamed cakes, toast before eating",
      description_vi:
        "Bột tam giác mạch được nhào với nước, nặn thành bánh tròn dẹt và hấp chín theo cách của người H'Mông. Khi ăn, nướng bánh trên than hoặc rán vàng, chấm mật ong. Bánh đã hấp, bảo quản ngăn mát 7 ngày.",
      description_en:
        "Buckwheat flour is kneaded with water, shaped into flat rounds and steamed the H'Mông way. To serve, toast the cakes over charcoal or pan-fry them golden and dip in honey. Already steamed; keeps 7 days in the fridge.",
      category: "banh-dac-san-tu-gao",
      ...PACK,
      variants: [
        variant("Túi 10 cái", "DV-BANHTGM-10", 50000, 140, 800),
        variant("Túi 20 cái", "DV-BANHTGM-20", 95000, 60, 1550),
      ],
    },
    {
      handle: "mi-tam-giac-mach-dong-van",
      title_vi: "Mì tam giác mạch",
      title_en: "Buckwheat noodles",
      subtitle_vi: "Sợi mì phơi khô, màu nâu xám",
      subtitle_en: "Sun-dried, greyish brown",
      description_vi:
        "Sợi mì được làm từ bột tam giác mạch và bột mì, cán mỏng và phơi khô. Luộc 4–5 phút, dùng nấu mì nước hoặc trộn lạnh. Sợi mì dai, thơm mùi tam giác mạch.",
      description_en:
        "Made from buckwheat and wheat flour, rolled thin and dried. Boil for 4–5 minutes and serve in broth or cold with a dressing. The noodles are springy with a buckwheat aroma.",
      category: "banh-dac-san-tu-gao",
      ...WEIGHT,
      variants: [variant("500 g", "DV-MITGM-500", 55000, 85, 530)],
    },
    {
      handle: "ruou-tam-giac-mach-dong-van",
      title_vi: "Rượu tam giác mạch",
      title_en: "Buckwheat spirit",
      subtitle_vi: "Rượu chưng cất từ hạt tam giác mạch",
      subtitle_en: "Distilled from buckwheat seed",
      description_vi:
        "Hạt tam giác mạch được nấu chín, ủ men lá rồi chưng cất bằng nồi đồng. Rượu có vị hơi ngọt, thơm mùi ngũ cốc, nồng độ khoảng 35%. Sản phẩm dành cho người trên 18 tuổi.",
      description_en:
        "Buckwheat seed is cooked, fermented with leaf yeast and distilled in a copper pot. The spirit is slightly sweet with a cereal aroma, at about 35% ABV. For adults over 18 only.",
      category: "ruou-truyen-thong",
      ...VOLUME,
      variants: [
        variant("500 ml", "DV-RUOUTGM-500", 90000, 75, 850),
        variant("1 l", "DV-RUOUTGM-1000", 170000, 30, 1450),
      ],
    },
  ],
}
