package vn.motcua.simulators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A simulator of the national public-service portal (Cổng Dịch vụ công quốc gia, DVCQG) as a province's data-sharing
 * platform exposes it ({@code ../shared/docs/domain/dvcqg.md}): JSON over HTTP {@code POST}, a {@code dstcode} header
 * on every call, a sign-in that gives a {@code session}, then {@code DongBoHoSoMC} (insert, then update with
 * {@code isUpdating}), {@code CapNhatTienDoHoSoMC}, {@code TraCuuHoSo} and {@code LayThuTuc}, answered with
 * {@code error_code} "0" or a refusal with a Vietnamese {@code message}. It keeps what it receives
 * ({@link NationalPortalRecords}), shows it at {@code GET /}, and can be told to fail ({@link SimulatorFaults}): down,
 * time-outs, 429 with {@code Retry-After}, 5xx, expired sessions, a refused field. Citizens' online submissions
 * ({@link NationalOnlineSubmissions}: the form at {@code /nop-truc-tuyen}, or {@code POST /simulator/online-submissions}
 * for tests) are served to the one-stop system by the two share services MotCua assumes
 * ({@code LayDanhSachHoSoNopTrucTuyen}, {@code LayHoSoNopTrucTuyen}; docs/national-link.md), and the statuses it sends
 * back about them are kept like any other. Control (for tests and people): {@code POST /simulator/faults},
 * {@code DELETE /simulator/faults}, {@code POST /simulator/procedures}, {@code POST /simulator/reset},
 * {@code GET /simulator/dossiers}.
 */
public final class NationalPortalSimulator extends SimulatorServer {

	/** How the simulator is reached and what it accepts; the paths are those MotCua's link is configured with. */
	public record Settings(int port, String authPath, String integrationPath, String sharePath, String username,
			String password, String dstcode, Duration sessionLifetime) {

		/** The defaults, on {@code port} (0: any free port). */
		public static Settings defaults(int port) {
			return new Settings(port, "/dvcqg/auth", "/dvcqg/integration", "/dvcqg/share", "motcua-sim",
					"mo-phong-mat-khau", "MOTCUA-SIM", Duration.ofMinutes(30));
		}
	}

	private final Settings settings;

	private final NationalPortalRecords records = new NationalPortalRecords();

	private final NationalProcedures procedures = new NationalProcedures(json);

	/** The real clock, as {@link SimulatorCommand} gives the other simulators: the time a citizen submits online. */
	private final NationalOnlineSubmissions online = new NationalOnlineSubmissions(
			java.time.Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));

	/** Session → when it expires ({@link System#nanoTime()}). */
	private final Map<String, Long> sessions = new ConcurrentHashMap<>();

	private NationalPortalSimulator(Settings settings) throws IOException {
		super(settings.port());
		this.settings = settings;
	}

	/** Starts a simulator (answering at once). */
	public static NationalPortalSimulator start(Settings settings) throws IOException {
		NationalPortalSimulator simulator = new NationalPortalSimulator(settings);
		simulator.start();
		return simulator;
	}

	public Settings settings() {
		return settings;
	}

	@Override
	void handle(HttpExchange exchange, String method, String path) throws IOException {
		if (path.startsWith("/simulator/") || path.equals("/") || path.equals(NationalSubmissionPage.PATH)) {
			control(exchange, method, path);
		}
		else if ("POST".equals(method) && path.equals(settings.authPath())) {
			protocol(exchange, true);
		}
		else if ("POST".equals(method)
				&& (path.equals(settings.integrationPath()) || path.equals(settings.sharePath()))) {
			protocol(exchange, false);
		}
		else {
			reply(exchange, 404, refusal("-1", "Không có dịch vụ tại " + path));
		}
	}

	private void protocol(HttpExchange exchange, boolean signIn) throws IOException {
		SimulatorFaults.Fault fault = faults.next(signIn);
		if (fault != null && failedAlike(exchange, fault)) {
			return;
		}
		if (fault != null) {
			switch (fault.kind()) {
				case SESSION_EXPIRED -> sessions.clear();
				case REFUSED_FIELD -> {
					reply(exchange, 200, refusal("-1",
							"Trường " + (fault.field().isEmpty() ? "MaHoSo" : fault.field()) + " không hợp lệ"));
					return;
				}
				case TIMEOUT -> {
					// the call is carried out, but its answer comes too late: the client cannot know it was
					ObjectNode late = answerTo(exchange, signIn);
					int status = late.path("http").asInt(200);
					late.remove("http");
					pause(fault.delaySeconds());
					send(exchange, status, json.writeValueAsBytes(late), "application/json; charset=utf-8");
					return;
				}
				default -> {
				}
			}
		}
		ObjectNode body = answerTo(exchange, signIn);
		reply(exchange, body.path("http").asInt(200), body);
	}

	/** The answer to a protocol call; an {@code http} property (removed before sending) sets a status other than 200. */
	private ObjectNode answerTo(HttpExchange exchange, boolean signIn) throws IOException {
		if (!settings.dstcode().equals(exchange.getRequestHeaders().getFirst("dstcode"))) {
			return withStatus(refusal("-1", "Thiếu hoặc sai mã đích (dstcode)"), 403);
		}
		JsonNode request = read(exchange);
		if (request == null) {
			return withStatus(refusal("-1", "Nội dung không phải JSON hợp lệ"), 400);
		}
		if (signIn) {
			if (!settings.username().equals(request.path("username").asString(""))
					|| !settings.password().equals(request.path("password").asString(""))) {
				return withStatus(refusal("-1", "Sai tên đăng nhập hoặc mật khẩu"), 401);
			}
			String session = UUID.randomUUID().toString();
			sessions.put(session, System.nanoTime() + settings.sessionLifetime().toNanos());
			return success().put("session", session);
		}
		Long expires = sessions.get(request.path("session").asString(""));
		if (expires == null || System.nanoTime() - expires > 0) {
			return withStatus(refusal("-2", "Phiên đăng nhập không hợp lệ hoặc đã hết hạn"), 401);
		}
		String agency = request.path("madonvi").asString("").strip();
		if (agency.isEmpty()) {
			return refusal("-1", "Thiếu mã đơn vị (madonvi)");
		}
		try {
			return service(request, agency);
		}
		catch (NationalPortalRecords.Refused refused) {
			return refusal("-1", refused.getMessage());
		}
	}

	private ObjectNode service(JsonNode request, String agency) {
		String service = request.path("service").asString("");
		return switch (service) {
			case "DongBoHoSoMC" -> success().put("result",
					records.synchronise(agency, "true".equalsIgnoreCase(request.path("isUpdating").asString("")),
							request.path("data")));
			case "CapNhatTienDoHoSoMC" -> success().put("result", records.progress(agency, request.path("data")));
			case "TraCuuHoSo" -> {
				ObjectNode found = success();
				NationalPortalRecords.Held held = records.held(agency, request.path("MaHoSo").asString("").strip());
				var result = found.putArray("result");
				if (held != null) {
					result.add(held.latest());
				}
				yield found;
			}
			case "LayThuTuc" -> {
				ObjectNode found = success();
				JsonNode procedure = procedures.procedure(request.path("MaTTHC").asString("").strip());
				var result = found.putArray("result");
				if (procedure != null) {
					result.add(procedure);
				}
				yield found;
			}
			case "LayDanhSachHoSoNopTrucTuyen" -> {
				ObjectNode found = success();
				var result = found.putArray("result");
				for (NationalOnlineSubmissions.Submission s : online.after(agency,
						request.path("SauSoThuTu").asLong(0), request.path("SoLuong").asInt(50))) {
					NationalOnlineSubmissions.listed(s, result.addObject());
				}
				yield found;
			}
			case "LayHoSoNopTrucTuyen" -> {
				ObjectNode found = success();
				var result = found.putArray("result");
				online.find(agency, request.path("MaHoSo").asString("").strip()).ifPresent(s -> result.add(s.item()));
				yield found;
			}
			default -> refusal("-1", "Dịch vụ không tồn tại: " + service);
		};
	}

	private void control(HttpExchange exchange, String method, String path) throws IOException {
		switch (method + " " + path) {
			case "GET /" -> send(exchange, 200, NationalPortalPage.render(records.all(), faults.waiting(),
					procedures.size(), online.all()).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
			case "GET " + NationalSubmissionPage.PATH -> send(exchange, 200,
					NationalSubmissionPage.form(null).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
			case "POST " + NationalSubmissionPage.PATH -> {
				MultipartForm form = MultipartForm.parse(exchange.getRequestHeaders().getFirst("Content-Type"),
						exchange.getRequestBody().readNBytes(64 * 1024 * 1024));
				String problem = NationalSubmissionPage.problem(form);
				if (problem != null) {
					send(exchange, 400, NationalSubmissionPage.form(problem).getBytes(StandardCharsets.UTF_8),
							"text/html; charset=utf-8");
					return;
				}
				NationalOnlineSubmissions.Submission s = submit(form.field("madonvi"),
						NationalSubmissionPage.item(form, json.createObjectNode()));
				exchange.getResponseHeaders().set("Location", "/?nop=" + s.code());
				send(exchange, 303, new byte[0], "text/plain; charset=utf-8");
			}
			case "POST /simulator/online-submissions" -> {
				JsonNode body = read(exchange);
				String agency = body == null ? "" : body.path("madonvi").asString("").strip();
				if (agency.isEmpty() || !(body.path("data") instanceof ObjectNode item)) {
					reply(exchange, 400, refusal("-1", "Cần madonvi và data (hồ sơ nộp trực tuyến)"));
					return;
				}
				NationalOnlineSubmissions.Submission s = submit(agency, item);
				reply(exchange, 200, success().put("MaHoSo", s.code()).put("SoThuTu", s.sequence()));
			}
			case "GET /simulator/dossiers" -> reply(exchange, 200, dossiers());
			case "POST /simulator/procedures" -> {
				try {
					JsonNode procedure = read(exchange);
					procedures.put(procedure == null ? json.createObjectNode() : procedure);
					reply(exchange, 200, success());
				}
				catch (NationalPortalRecords.Refused refused) {
					reply(exchange, 400, refusal("-1", refused.getMessage()));
				}
			}
			case "POST /simulator/reset" -> {
				records.clear();
				online.clear();
				faults.clear();
				sessions.clear();
				reply(exchange, 200, success());
			}
			default -> reply(exchange, 404, refusal("-1", "Không có " + method + " " + path));
		}
	}

	/** Keeps an online submission and holds its dossier with status 1, as the portal does once a citizen submits. */
	private NationalOnlineSubmissions.Submission submit(String agency, ObjectNode item) {
		NationalOnlineSubmissions.Submission s = online.add(agency, item);
		records.submittedOnline(agency, s.code(), NationalOnlineSubmissions.held(item));
		return s;
	}

	private ObjectNode dossiers() {
		ObjectNode all = success();
		all.put("updatesReceived", records.updatesReceived()).put("progressReceived", records.progressReceived());
		var list = all.putArray("dossiers");
		for (NationalPortalRecords.Held held : records.all()) {
			ObjectNode d = list.addObject().put("madonvi", held.agency()).put("MaHoSo", held.code());
			d.set("latest", held.latest());
			held.statuses().forEach(d.putArray("statuses")::add);
			held.progress().forEach(d.putArray("progress")::add);
		}
		return all;
	}

	private ObjectNode success() {
		return json.createObjectNode().put("error_code", "0").put("message", "Thành công");
	}

	private ObjectNode refusal(String code, String message) {
		return json.createObjectNode().put("error_code", code).put("message", message);
	}

	private static ObjectNode withStatus(ObjectNode body, int status) {
		return body.put("http", status);
	}

	@Override
	void fail(HttpExchange exchange, int status, String message) throws IOException {
		reply(exchange, status, refusal(String.valueOf(status), message));
	}

	/** Sends {@code body} without its {@code http} property. */
	private void reply(HttpExchange exchange, int status, ObjectNode body) throws IOException {
		body.remove("http");
		answer(exchange, status, body);
	}
}
