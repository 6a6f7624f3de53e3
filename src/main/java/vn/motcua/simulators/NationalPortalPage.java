package vn.motcua.simulators;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * The simulator's one page ({@code GET /}): every dossier it holds with the national statuses it received in order
 * and its progress steps, so that a person trying the link sees what reached "the portal". Plain HTML, no script.
 */
final class NationalPortalPage {

	/** The national status codes (dvcqg.md), for people. */
	private static final List<String> STATUSES = List.of("", "Mới đăng ký", "Được tiếp nhận", "Không được tiếp nhận",
			"Đang xử lý", "Yêu cầu bổ sung giấy tờ", "Yêu cầu thực hiện nghĩa vụ tài chính", "Công dân yêu cầu rút hồ sơ",
			"Dừng xử lý", "Đã xử lý xong", "Đã trả kết quả");

	private NationalPortalPage() {
	}

	static String render(List<NationalPortalRecords.Held> dossiers, int faultsWaiting, int procedures,
			List<NationalOnlineSubmissions.Submission> online) {
		String rows = dossiers.stream().map(NationalPortalPage::row).collect(Collectors.joining("\n"));
		java.util.Map<String, NationalPortalRecords.Held> held = new java.util.HashMap<>();
		dossiers.forEach(h -> held.put(h.agency() + " " + h.code(), h));
		String submitted = online.stream().map(s -> submission(s, held.get(s.agency() + " " + s.code())))
			.collect(Collectors.joining("\n"));
		return """
				<!DOCTYPE html>
				<html lang="vi"><head><meta charset="utf-8"><title>Mô phỏng Cổng Dịch vụ công quốc gia</title>
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<style>body{font-family:sans-serif;margin:1.5rem;color:#1b1f23}table{border-collapse:collapse}
				th,td{border-bottom:1px solid #b1b4b6;padding:.4rem .6rem;text-align:left;vertical-align:top}</style>
				</head><body>
				<h1>Mô phỏng Cổng Dịch vụ công quốc gia</h1>
				<p>Trình mô phỏng của MotCua: nhận đồng bộ hồ sơ và tiến độ như Cổng thật. %d hồ sơ đã nhận, %d thủ tục
				trong CSDL mô phỏng, %d lỗi mô phỏng đang chờ.</p>
				<table><thead><tr><th scope="col">Đơn vị</th><th scope="col">Mã hồ sơ</th><th scope="col">Thủ tục</th>
				<th scope="col">Trạng thái hiện tại</th><th scope="col">Các trạng thái đã nhận</th>
				<th scope="col">Bước tiến độ</th></tr></thead>
				<tbody>
				%s
				</tbody></table>
				<h2>Hồ sơ nộp trực tuyến trên Cổng</h2>
				<p><a href="%s">Nộp một hồ sơ trực tuyến</a>. %d hồ sơ đã nộp; hệ thống một cửa của xã lấy về bằng
				LayDanhSachHoSoNopTrucTuyen và LayHoSoNopTrucTuyen, rồi gửi lại từng trạng thái.</p>
				<table><thead><tr><th scope="col">Số thứ tự</th><th scope="col">Đơn vị</th><th scope="col">Mã hồ sơ</th>
				<th scope="col">Thủ tục</th><th scope="col">Người nộp</th><th scope="col">Số tệp</th>
				<th scope="col">Các trạng thái đã nhận</th></tr></thead>
				<tbody>
				%s
				</tbody></table>
				</body></html>
				""".formatted(dossiers.size(), procedures, faultsWaiting, rows, NationalSubmissionPage.PATH,
				online.size(), submitted);
	}

	private static String row(NationalPortalRecords.Held held) {
		int current = held.statuses().isEmpty() ? 0 : held.statuses().get(held.statuses().size() - 1);
		String path = held.statuses().stream().map(String::valueOf).collect(Collectors.joining(" → "));
		return "<tr><td>" + e(held.agency()) + "</td><td>" + e(held.code()) + "</td><td>"
				+ e(held.latest().path("MaTTHC").asString("")) + " " + e(held.latest().path("TenTTHC").asString(""))
				+ "</td><td>" + current + " " + e(name(current)) + "</td><td>" + e(path) + "</td><td>"
				+ held.progress().size() + "</td></tr>";
	}

	private static String submission(NationalOnlineSubmissions.Submission s, NationalPortalRecords.Held held) {
		String path = held == null ? "" : held.statuses().stream().map(String::valueOf)
			.collect(Collectors.joining(" → "));
		return "<tr id=\"nop-" + e(s.code()) + "\"><td>" + s.sequence() + "</td><td>" + e(s.agency()) + "</td><td>"
				+ e(s.code()) + "</td><td>" + e(s.item().path("MaTTHC").asString("")) + "</td><td>"
				+ e(s.item().path("ChuHoSo").asString("")) + "</td><td>" + s.item().path("TaiLieuNop").size()
				+ "</td><td>" + e(path) + "</td></tr>";
	}

	private static String name(int status) {
		return status > 0 && status < STATUSES.size() ? STATUSES.get(status) : "";
	}

	private static String e(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
