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

	static String render(List<NationalPortalRecords.Held> dossiers, int faultsWaiting, int procedures) {
		String rows = dossiers.stream().map(NationalPortalPage::row).collect(Collectors.joining("\n"));
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
				</body></html>
				""".formatted(dossiers.size(), procedures, faultsWaiting, rows);
	}

	private static String row(NationalPortalRecords.Held held) {
		int current = held.statuses().isEmpty() ? 0 : held.statuses().get(held.statuses().size() - 1);
		String path = held.statuses().stream().map(String::valueOf).collect(Collectors.joining(" → "));
		return "<tr><td>" + e(held.agency()) + "</td><td>" + e(held.code()) + "</td><td>"
				+ e(held.latest().path("MaTTHC").asString("")) + " " + e(held.latest().path("TenTTHC").asString(""))
				+ "</td><td>" + current + " " + e(name(current)) + "</td><td>" + e(path) + "</td><td>"
				+ held.progress().size() + "</td></tr>";
	}

	private static String name(int status) {
		return status > 0 && status < STATUSES.size() ? STATUSES.get(status) : "";
	}

	private static String e(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
