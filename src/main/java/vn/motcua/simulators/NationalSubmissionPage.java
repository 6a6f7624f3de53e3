package vn.motcua.simulators;

import java.util.Base64;

import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's form to submit a dossier online as a citizen would on the national portal
 * ({@code GET/POST /nop-truc-tuyen}): the commune ({@code madonvi}), the procedure code, the applicant, and up to
 * {@value #FILES} files each for a component of the procedure. The dossier is then waiting for the commune's one-stop
 * system to fetch it ({@link NationalOnlineSubmissions}). Plain HTML, no script; the labels say the protocol's field
 * names so that a person trying the link knows what MotCua receives.
 */
final class NationalSubmissionPage {

	static final String PATH = "/nop-truc-tuyen";

	/** The file rows of the form. */
	static final int FILES = 5;

	private NationalSubmissionPage() {
	}

	/** The form, with {@code problem} above it when the last post was refused. */
	static String form(String problem) {
		StringBuilder files = new StringBuilder();
		for (int i = 1; i <= FILES; i++) {
			files.append("""
					<fieldset><legend>Tệp %1$d</legend>
					<p><label for="thanhphan%1$d">Thành phần hồ sơ số (MaThanhPhanHoSo)</label><br>
					<input id="thanhphan%1$d" name="thanhphan%1$d" inputmode="numeric" size="4"></p>
					<p><label for="tep%1$d">Tệp (PDF, JPEG, PNG)</label><br>
					<input id="tep%1$d" name="tep%1$d" type="file" accept="application/pdf,image/jpeg,image/png"></p>
					</fieldset>
					""".formatted(i));
		}
		return """
				<!DOCTYPE html>
				<html lang="vi"><head><meta charset="utf-8"><title>Nộp hồ sơ trực tuyến: Mô phỏng Cổng DVCQG</title>
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<style>body{font-family:sans-serif;margin:1.5rem;color:#1b1f23}.problem{color:#b10e1e;font-weight:bold}
				fieldset{margin:.5rem 0}</style>
				</head><body><main>
				<h1>Nộp hồ sơ trực tuyến</h1>
				<p>Trình mô phỏng Cổng Dịch vụ công quốc gia: hồ sơ nộp ở đây chờ hệ thống một cửa của xã lấy về
				(dịch vụ LayDanhSachHoSoNopTrucTuyen, LayHoSoNopTrucTuyen). <a href="/">Hồ sơ Cổng đang giữ</a></p>
				%s
				<form method="post" action="%s" enctype="multipart/form-data">
				<p><label for="madonvi">Mã đơn vị của xã (madonvi)</label><br><input id="madonvi" name="madonvi" required></p>
				<p><label for="MaTTHC">Mã thủ tục (MaTTHC)</label><br><input id="MaTTHC" name="MaTTHC" required
				 placeholder="1.001193"></p>
				<p><label for="LoaiDoiTuong">Người nộp là (LoaiDoiTuong)</label><br><select id="LoaiDoiTuong"
				 name="LoaiDoiTuong"><option value="1">Công dân</option><option value="2">Tổ chức</option></select></p>
				<p><label for="ChuHoSo">Họ và tên hoặc tên tổ chức (ChuHoSo)</label><br>
				<input id="ChuHoSo" name="ChuHoSo" required></p>
				<p><label for="MaDoiTuong">Số định danh cá nhân hoặc mã số thuế (MaDoiTuong)</label><br>
				<input id="MaDoiTuong" name="MaDoiTuong" inputmode="numeric"></p>
				<p><label for="SoDienThoai">Số điện thoại (SoDienThoai)</label><br>
				<input id="SoDienThoai" name="SoDienThoai" type="tel"></p>
				<p><label for="DiaChi">Địa chỉ (DiaChi)</label><br><input id="DiaChi" name="DiaChi" size="40"></p>
				<p><label for="Email">Thư điện tử (Email)</label><br><input id="Email" name="Email" type="email"></p>
				%s
				<p><button type="submit" id="nop">Nộp hồ sơ</button></p>
				</form></main></body></html>
				""".formatted(problem == null ? "" : "<p class=\"problem\" role=\"alert\">" + e(problem) + "</p>", PATH,
				files);
	}

	/** Why the posted form cannot be submitted (in Vietnamese), or null. */
	static String problem(MultipartForm form) {
		if (form.field("madonvi").isEmpty() || form.field("MaTTHC").isEmpty() || form.field("ChuHoSo").isEmpty()) {
			return "Cần mã đơn vị, mã thủ tục và tên người nộp.";
		}
		for (int i = 1; i <= FILES; i++) {
			if (form.file("tep" + i) != null && form.field("thanhphan" + i).isEmpty()) {
				return "Tệp " + i + ": cần ghi thành phần hồ sơ số mấy.";
			}
		}
		return null;
	}

	/** The submission as the share service gives it ({@code LayHoSoNopTrucTuyen}), filled from the form. */
	static ObjectNode item(MultipartForm form, ObjectNode item) {
		for (String field : new String[] { "MaTTHC", "LoaiDoiTuong", "ChuHoSo", "MaDoiTuong", "SoDienThoai", "DiaChi",
				"Email" }) {
			item.put(field, form.field(field));
		}
		var files = item.putArray("TaiLieuNop");
		for (int i = 1; i <= FILES; i++) {
			MultipartForm.Part file = form.file("tep" + i);
			if (file != null) {
				files.addObject().put("TepDinhKemId", String.valueOf(i)).put("TenTepDinhKem", file.fileName())
					.put("MaThanhPhanHoSo", form.field("thanhphan" + i)).put("LoaiTep", file.contentType())
					.put("NoiDung", Base64.getEncoder().encodeToString(file.content()));
			}
		}
		return item;
	}

	private static String e(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
