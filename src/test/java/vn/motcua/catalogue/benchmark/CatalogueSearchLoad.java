package vn.motcua.catalogue.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load test of catalogue search over HTTP against a running MotCua (not part of the test run: no JUnit, name not
 * matched by Surefire). It imports a catalogue of 5,000 generated procedures through POST /api/v1/catalogue/imports
 * (once; re-importing is harmless), then {@code users} concurrent users each send {@code requests} searches to the
 * public search page GET /public/thu-tuc?q=… (accent-insensitive, ranked, up to 50 rows rendered), after a warm-up,
 * and prints the latency percentiles. See docs/performance/catalogue.md for the command.
 *
 * <p>Arguments: baseUrl adminPassword [users=20] [requestsPerUser=250] [procedures=5000]
 */
public final class CatalogueSearchLoad {

	private static final String[] ACTIONS = { "Đăng ký", "Cấp", "Cấp lại", "Gia hạn", "Điều chỉnh", "Xác nhận",
			"Thu hồi", "Công nhận", "Chứng thực", "Hỗ trợ", "Thẩm định", "Phê duyệt", "Sửa đổi, bổ sung", "Hủy bỏ" };

	private static final String[] OBJECTS = { "giấy phép kinh doanh hộ gia đình", "khai sinh", "kết hôn",
			"giấy chứng nhận quyền sử dụng đất", "trợ cấp xã hội hàng tháng", "hợp đồng chuyển nhượng",
			"tình trạng hôn nhân", "hộ kinh doanh", "tổ hợp tác", "nhà văn hóa thôn", "câu lạc bộ thể dục thể thao",
			"phương tiện thủy nội địa", "giấy xác nhận khuyết tật", "hồ sơ người có công", "công trình thủy lợi nhỏ",
			"điểm cung cấp dịch vụ trò chơi điện tử", "cơ sở giáo dục mầm non độc lập", "lễ hội truyền thống" };

	private static final String[] QUALIFIERS = { "", "có yếu tố nước ngoài", "lưu động", "cho tổ chức",
			"cho cá nhân", "tại khu vực biên giới", "trong trường hợp bị mất", "đối với người cao tuổi" };

	private static final String[] FIELDS = { "Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội", "Người có công",
			"Văn hóa", "Thủy lợi", "Giáo dục mầm non", "Hàng hải và đường thủy nội địa", "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)" };

	private static final String[] QUERIES = { "dang ky khai sinh", "khai sinh", "1.001193", "cap lai giay phep",
			"chứng thực hợp đồng", "xac nhan tinh trang hon nhan", "ho kinh doanh", "nguoi co cong", "ket hon luu dong",
			"thuy loi", "gia han", "tro choi dien tu", "đất", "CODE", "huy bo hop dong chuyen nhuong" };

	private CatalogueSearchLoad() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String password = args[1];
		int users = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		int perUser = args.length > 3 ? Integer.parseInt(args[3]) : 250;
		int procedures = args.length > 4 ? Integer.parseInt(args[4]) : 5000;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		long started = System.nanoTime();
		HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/catalogue/imports"))
			.header("Content-Type", "text/csv")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(catalogue(procedures), StandardCharsets.UTF_8))
			.timeout(Duration.ofMinutes(10))
			.build(), HttpResponse.BodyHandlers.ofString());
		System.out.printf("import of %d procedures: HTTP %d in %.1f s: %s%n", procedures, imported.statusCode(),
				(System.nanoTime() - started) / 1e9, imported.body().length() > 200 ? imported.body().substring(0, 200) : imported.body());

		run(http, base, users, Math.max(20, perUser / 5), null);
		long[] latencies = run(http, base, users, perUser, "measured");
		Arrays.sort(latencies);
		System.out.printf("requests %d, users %d: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				latencies.length, users, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99),
				latencies[latencies.length - 1] / 1e6);
	}

	private static long[] run(HttpClient http, String base, int users, int perUser, String label) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(users);
		List<Future<long[]>> results = new ArrayList<>();
		long started = System.nanoTime();
		for (int u = 0; u < users; u++) {
			int user = u;
			results.add(pool.submit(() -> {
				Random random = new Random(user);
				long[] times = new long[perUser];
				for (int i = 0; i < perUser; i++) {
					String q = QUERIES[random.nextInt(QUERIES.length)];
					if (q.equals("CODE")) {
						q = String.format("9.%06d", random.nextInt(1000));
					}
					HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/public/thu-tuc?q="
							+ URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).GET().build();
					long t0 = System.nanoTime();
					HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
					times[i] = System.nanoTime() - t0;
					if (response.statusCode() != 200) {
						throw new IllegalStateException("HTTP " + response.statusCode() + " for " + q);
					}
				}
				return times;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<long[]> result : results) {
			for (long t : result.get()) {
				all.add(t);
			}
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - started) / 1e9;
		if (label != null) {
			System.out.printf("%s: %d requests in %.1f s (%.0f requests/s)%n", label, all.size(), seconds, all.size() / seconds);
		}
		return all.stream().mapToLong(Long::longValue).toArray();
	}

	private static double ms(long[] sorted, double percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile * sorted.length) - 1)] / 1e6;
	}

	/** A catalogue of generated procedures with codes 9.000000, 9.000001, …, names from the vocabularies above. */
	static String catalogue(int count) {
		StringBuilder csv = new StringBuilder(
				"code,name,field,service_level,time_limit,time_unit,fee_vnd,fee_exempt,fee_exempt_basis,legal_basis,effective_from\n");
		String[] levels = { "FULL_ONLINE", "PARTIAL_ONLINE", "IN_PERSON" };
		for (int i = 0; i < count; i++) {
			String name = ACTIONS[i % ACTIONS.length] + " " + OBJECTS[(i / ACTIONS.length) % OBJECTS.length] + " "
					+ QUALIFIERS[(i / (ACTIONS.length * OBJECTS.length)) % QUALIFIERS.length] + " (mẫu " + i + ")";
			csv.append(String.format("9.%06d,\"%s\",\"%s\",%s,%d,WORKING_DAYS,%d,false,,Văn bản mẫu %d,2025-07-01%n", i,
					name.replace("  ", " "), FIELDS[i % FIELDS.length], levels[i % 3], i % 10, (i % 4) * 10000, i));
		}
		return csv.toString();
	}
}
