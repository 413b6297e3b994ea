import type { DemoArt } from "./types"

/** One step of a product's journey as the cooperative records it; `day` counts from the production day, `hour` is Việt Nam time. */
export type DemoTraceStep = {
  kind: "harvest" | "inspection" | "processing" | "packing" | "storing" | "shipping" | "receiving" | "retail"
  day: number
  hour: number
  place: string
  note: string
}

const INSPECT = (day: number, note: string): DemoTraceStep => ({ kind: "inspection", day, hour: 9, place: "Tổ kiểm soát chất lượng HTX", note })
const PACK = (day: number, note: string): DemoTraceStep => ({ kind: "packing", day, hour: 14, place: "Xưởng đóng gói HTX", note })
const STORE = (day: number, note: string): DemoTraceStep => ({ kind: "storing", day, hour: 16, place: "Kho thành phẩm HTX", note })
const SHIP = (day: number): DemoTraceStep => ({ kind: "shipping", day, hour: 17, place: "Kho thành phẩm HTX", note: "Xuất kho giao cho đơn vị vận chuyển." })

/** What happens to a lot, by kind of product: 3–6 steps each, the first on the production day. */
export const TRACE_STORIES: Record<DemoArt, DemoTraceStep[]> = {
  leaf: [
    { kind: "harvest", day: 0, hour: 6, place: "Đồi chè cổ thụ", note: "Hái tay một tôm hai lá trên cây chè Shan tuyết cổ thụ." },
    { kind: "processing", day: 0, hour: 15, place: "Lò sao chè HTX", note: "Làm héo, vò và sao chè trên chảo gang bằng bếp củi." },
    INSPECT(2, "Kiểm tra độ ẩm và cảm quan: đạt."),
    PACK(3, "Đóng túi hút chân không, dán nhãn lô."),
    STORE(3, "Lưu kho khô, tránh ánh sáng."),
  ],
  drop: [
    { kind: "harvest", day: 0, hour: 7, place: "Trại ong", note: "Quay mật từ các cầu ong đã vít nắp sau mùa hoa." },
    INSPECT(1, "Đo thủy phần bằng khúc xạ kế: dưới 20%."),
    PACK(2, "Lọc và chiết chai thủy tinh, niêm phong."),
    STORE(2, "Bảo quản nơi khô mát."),
  ],
  fruit: [
    { kind: "harvest", day: 0, hour: 6, place: "Vườn của hộ thành viên", note: "Thu hái quả chín cây, cắt cuống bằng kéo." },
    INSPECT(0, "Phân loại theo kích cỡ, loại bỏ quả dập."),
    PACK(1, "Đóng thùng carton có lỗ thoáng, dán tem lô."),
    SHIP(1),
  ],
  bottle: [
    { kind: "processing", day: 0, hour: 8, place: "Lò nấu rượu HTX", note: "Chưng cất rượu ngô men lá trên nồi đồng." },
    STORE(1, "Hạ thổ trong chum sành để rượu êm."),
    INSPECT(30, "Kiểm tra nồng độ cồn và methanol: đạt."),
    PACK(31, "Chiết chai, dán nhãn và tem lô."),
  ],
  meat: [
    { kind: "processing", day: 0, hour: 7, place: "Bếp chế biến HTX", note: "Tẩm ướp gia vị và gác bếp khói củi." },
    INSPECT(5, "Kiểm tra vệ sinh an toàn thực phẩm: đạt."),
    PACK(6, "Hút chân không từng gói, dán nhãn lô."),
    STORE(6, "Bảo quản ngăn mát."),
  ],
  grain: [
    { kind: "harvest", day: 0, hour: 7, place: "Ruộng bậc thang", note: "Gặt lúa chín, phơi trên sân đất." },
    { kind: "processing", day: 7, hour: 9, place: "Máy xay xát HTX", note: "Xát gạo, giữ lớp cám." },
    INSPECT(8, "Kiểm tra độ ẩm hạt và tạp chất: đạt."),
    PACK(8, "Đóng túi, dán tem lô."),
  ],
  herb: [
    { kind: "harvest", day: 0, hour: 7, place: "Vùng trồng dược liệu", note: "Thu hái đúng tuổi cây, rửa sạch." },
    { kind: "processing", day: 1, hour: 8, place: "Lò sấy HTX", note: "Thái lát và sấy ở nhiệt độ thấp." },
    INSPECT(3, "Kiểm tra độ ẩm và tạp chất: đạt."),
    PACK(4, "Đóng túi zip, dán nhãn lô."),
    STORE(4, "Bảo quản nơi khô ráo."),
  ],
  mushroom: [
    { kind: "harvest", day: 0, hour: 6, place: "Rừng và lán trồng nấm", note: "Thu hái nấm và măng đúng độ." },
    { kind: "processing", day: 0, hour: 13, place: "Lò sấy HTX", note: "Sấy khô bằng lò củi và nắng." },
    PACK(3, "Đóng túi, dán tem lô."),
    STORE(3, "Lưu kho khô."),
  ],
  cake: [
    { kind: "processing", day: 0, hour: 5, place: "Bếp bánh HTX", note: "Gói và đồ bánh trên bếp củi." },
    INSPECT(0, "Kiểm tra cảm quan và nhiệt độ sau khi đồ: đạt."),
    PACK(0, "Đóng hộp, dán nhãn ngày sản xuất."),
  ],
  basket: [
    { kind: "processing", day: 0, hour: 8, place: "Nhà đan của hộ thành viên", note: "Chẻ nan và đan tay." },
    INSPECT(4, "Kiểm tra mối đan và xử lý chống mốc."),
    PACK(5, "Bọc giấy và đóng thùng."),
  ],
  cloth: [
    { kind: "processing", day: 0, hour: 8, place: "Khung dệt của hộ thành viên", note: "Se sợi lanh và dệt tay trên khung gỗ." },
    INSPECT(10, "Kiểm tra hoa văn và đường dệt."),
    PACK(11, "Gấp, bọc giấy và gắn thẻ lô."),
    STORE(11, "Bảo quản nơi khô ráo."),
  ],
  flower: [
    { kind: "harvest", day: 0, hour: 6, place: "Vùng trồng nguyên liệu", note: "Thu hái lá và hoa lúc sáng sớm." },
    { kind: "processing", day: 0, hour: 10, place: "Nồi chưng cất HTX", note: "Chưng cất hơi nước lấy tinh dầu." },
    INSPECT(2, "Kiểm tra độ tinh khiết: đạt."),
    PACK(3, "Chiết lọ thủy tinh tối màu, dán nhãn lô."),
  ],
}
