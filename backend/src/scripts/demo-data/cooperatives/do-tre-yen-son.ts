import type { DemoCooperative } from "../types"
import { PACK, SIZE, variant } from "./helpers"

/** Bamboo household goods group of Yên Sơn. */
export const doTreYenSon: DemoCooperative = {
  handle: "tht-do-tre-yen-son",
  name: "Tổ hợp tác đồ tre Yên Sơn",
  short_name: "THT Đồ tre Yên Sơn",
  kind: "cooperative_group",
  registration_number: "5002237815",
  founded_on: "2022-03-16",
  legal_representative: "Phạm Thị Thu",
  phone: "0867 309 254",
  email: "lienhe@dotreyenson.vn",
  street: "Thôn Tân Tiến",
  commune: "Xã Yên Sơn",
  province: "Tuyên Quang",
  member_count: 12,
  sectors: ["đồ tre", "chổi chít", "đồ dùng thay nhựa"],
  description_vi:
    "Tổ hợp tác gồm mười hai hộ làm đồ dùng từ tre, nứa và cây chít trồng quanh vườn nhà. Nhóm tập trung vào những sản phẩm thay thế đồ nhựa dùng một lần như ống hút, đũa, cốc tre. Tre được luộc, sấy và xử lý bằng dầu thực vật, không dùng hóa chất tẩy trắng.",
  description_en:
    "A group of twelve households making everyday goods from bamboo, nứa and tiger grass grown around their homes. They focus on alternatives to single-use plastic such as straws, chopsticks and cups. The bamboo is boiled, dried and finished with plant oil, with no chemical bleaching.",
  products: [
    {
      handle: "ong-hut-tre-yen-son",
      title_vi: "Ống hút tre",
      title_en: "Bamboo drinking straws",
      subtitle_vi: "Dùng nhiều lần, kèm cọ rửa",
      subtitle_en: "Reusable, with a cleaning brush",
      description_vi:
        "Ống hút được làm từ thân tre nhỏ tự nhiên, cắt đều, luộc sạch và sấy khô. Mỗi bộ kèm một cọ rửa bằng sợi dừa. Rửa bằng nước ấm và phơi khô sau khi dùng.",
      description_en:
        "Made from naturally slender bamboo stems, cut evenly, boiled clean and dried. Each set comes with a coconut-fibre cleaning brush. Wash in warm water and air-dry after use.",
      category: "thu-cong-my-nghe",
      ...PACK,
      variants: [
        variant("Bộ 20 ống", "YS-ONGHUT-20", 60000, 400, 150),
        variant("Bộ 100 ống", "YS-ONGHUT-100", 250000, 60, 700),
      ],
    },
    {
      handle: "dua-tre-yen-son",
      title_vi: "Đũa tre già",
      title_en: "Mature bamboo chopsticks",
      subtitle_vi: "Đũa vót tay, không sơn phủ",
      subtitle_en: "Hand-whittled, unvarnished",
      description_vi:
        "Đũa được vót từ cật tre già trên ba năm tuổi, hun khói cho chắc và chống mốc. Đũa không sơn, không đánh bóng hóa chất. Rửa xong để khô thoáng trước khi cất.",
      description_en:
        "Whittled from the outer layer of bamboo over three years old and smoked to harden it and prevent mould. No paint or chemical polish. Let them dry in the air after washing before putting away.",
      category: "thu-cong-my-nghe",
      ...PACK,
      variants: [variant("Bộ 10 đôi", "YS-DUA-10", 55000, 250, 200)],
    },
    {
      handle: "choi-chit-yen-son",
      title_vi: "Chổi chít cán tre",
      title_en: "Tiger-grass broom",
      subtitle_vi: "Bông chít bó chặt, quét sạch bụi mịn",
      subtitle_en: "Tightly bound, sweeps up fine dust",
      description_vi:
        "Bông chít được phơi khô, tuốt hạt và bó chặt quanh cán tre bằng dây mây. Chổi mềm, quét sạch bụi mịn trên sàn gạch, sàn gỗ. Treo chổi lên sau khi dùng để giữ dáng.",
      description_en:
        "Tiger-grass flower heads are dried, stripped of seed and bound tightly around a bamboo handle with rattan cord. The broom is soft and picks up fine dust from tiled and wooden floors. Hang it up after use to keep its shape.",
      category: "thu-cong-my-nghe",
      ...PACK,
      variants: [
        variant("1 chiếc", "YS-CHOI-1", 45000, 180, 450),
        variant("Bộ 3 chiếc", "YS-CHOI-3", 120000, 55, 1350),
      ],
    },
    {
      handle: "hop-ong-tre-dung-che-yen-son",
      title_vi: "Hộp ống tre đựng chè",
      title_en: "Bamboo tea caddy",
      subtitle_vi: "Ống tre nguyên đốt có nắp khít",
      subtitle_en: "Whole bamboo section with a snug lid",
      description_vi:
        "Hộp được làm từ một đốt tre to, nắp cũng cắt từ chính ống tre đó nên vừa khít. Bên ngoài khắc hoa văn đơn giản bằng tay. Đựng được khoảng 150 g chè khô.",
      description_en:
        "Made from a single thick bamboo section, with a lid cut from the same stem so it fits snugly. The outside is hand-carved with a simple pattern. Holds about 150 g of dry tea.",
      category: "thu-cong-my-nghe",
      ...PACK,
      variants: [variant("1 chiếc", "YS-HOPCHE-1", 110000, 36, 250)],
    },
    {
      handle: "thot-tre-ghep-yen-son",
      title_vi: "Thớt tre ghép",
      title_en: "Laminated bamboo chopping board",
      subtitle_vi: "Thớt nhẹ, ít thấm nước",
      subtitle_en: "Light and water-resistant",
      description_vi:
        "Các thanh tre được ép nhiệt, ghép bằng keo an toàn thực phẩm rồi xoa dầu dừa. Thớt nhẹ, ít thấm nước và không để lại mùn khi thái. Rửa bằng tay, không ngâm nước lâu.",
      description_en:
        "Bamboo strips are heat-pressed, joined with food-safe glue and rubbed with coconut oil. The board is light, resists water and does not shed splinters when cutting. Wash by hand and do not leave it soaking.",
      category: "thu-cong-my-nghe",
      ...SIZE,
      variants: [
        variant("25 × 35 cm", "YS-THOT-35", 150000, 70, 900),
        variant("30 × 40 cm", "YS-THOT-40", 190000, 35, 1200),
      ],
    },
    {
      handle: "coc-tre-yen-son",
      title_vi: "Bộ cốc tre",
      title_en: "Bamboo cup set",
      subtitle_vi: "Bốn cốc tre nguyên đốt",
      subtitle_en: "Four whole-section bamboo cups",
      description_vi:
        "Mỗi chiếc cốc được cắt từ một đốt tre, đáy là mắt tre tự nhiên, mài nhẵn miệng cốc. Dùng uống trà, nước hoặc làm ống đựng bút. Không dùng trong lò vi sóng và máy rửa bát.",
      description_en:
        "Each cup is cut from one bamboo section, with the natural node as its base and a smoothly sanded rim. Use them for tea or water, or as pen holders. Not suitable for microwaves or dishwashers.",
      category: "thu-cong-my-nghe",
      ...PACK,
      variants: [variant("Bộ 4 cốc", "YS-COC-4", 120000, 85, 500)],
    },
  ],
}
