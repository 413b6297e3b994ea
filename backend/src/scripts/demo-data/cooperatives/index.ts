import type { DemoCooperative } from "../types"
import { banhGaiChiemHoa } from "./banh-gai-chiem-hoa"
import { buoiXuanVan } from "./buoi-xuan-van"
import { camSanhHamYen } from "./cam-sanh-ham-yen"
import { camSanhHungAn } from "./cam-sanh-hung-an"
import { cheShanTuyetCaoBo } from "./che-shan-tuyet-cao-bo"
import { cheShanTuyetLungPhin } from "./che-shan-tuyet-lung-phin"
import { detLanhLungTam } from "./det-lanh-lung-tam"
import { doTreYenSon } from "./do-tre-yen-son"
import { duocLieuDuGia } from "./duoc-lieu-du-gia"
import { gaoHoangSuPhi } from "./gao-hoang-su-phi"
import { giaViXinMan } from "./gia-vi-xin-man"
import { lienHiepNongSanTuyenQuang } from "./lien-hiep-nong-san-tuyen-quang"
import { matOngBacHaMeoVac } from "./mat-ong-bac-ha-meo-vac"
import { matOngRungThuongLam } from "./mat-ong-rung-thuong-lam"
import { mayTreDanSonDuong } from "./may-tre-dan-son-duong"
import { namDuocLieuViXuyen } from "./nam-duoc-lieu-vi-xuyen"
import { nongLamSanNaHang } from "./nong-lam-san-na-hang"
import { nongNghiepTanTrao } from "./nong-nghiep-tan-trao"
import { ruouNgoQuanBa } from "./ruou-ngo-quan-ba"
import { tamGiacMachDongVan } from "./tam-giac-mach-dong-van"
import { thitGacBepBacMe } from "./thit-gac-bep-bac-me"
import { thoCamLamBinh } from "./tho-cam-lam-binh"
import { tinhDauKimBinh } from "./tinh-dau-kim-binh"
import { vitBauMinhHuong } from "./vit-bau-minh-huong"

/** Demo cooperatives of Tuyên Quang with their products; the first two are the demo seller logins. */
export const demoCooperatives: DemoCooperative[] = [
  cheShanTuyetLungPhin,
  camSanhHamYen,
  buoiXuanVan,
  matOngBacHaMeoVac,
  ruouNgoQuanBa,
  detLanhLungTam,
  banhGaiChiemHoa,
  vitBauMinhHuong,
  nongLamSanNaHang,
  cheShanTuyetCaoBo,
  thoCamLamBinh,
  mayTreDanSonDuong,
  gaoHoangSuPhi,
  tamGiacMachDongVan,
  thitGacBepBacMe,
  duocLieuDuGia,
  giaViXinMan,
  camSanhHungAn,
  doTreYenSon,
  lienHiepNongSanTuyenQuang,
  tinhDauKimBinh,
  matOngRungThuongLam,
  nongNghiepTanTrao,
  namDuocLieuViXuyen,
]
