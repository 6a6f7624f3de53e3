package vn.motcua.simulators;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import org.bouncycastle.asn1.x509.CRLReason;

/**
 * A certificate authority for tests and demos (issue 17: a signature's certificate is checked the way a real verifier
 * does, with its CA's CRL and OCSP responder): {@code java -jar motcua.jar simulators}, port 18186.
 * <ul>
 * <li>{@code GET /ca/certificate}: the CA's certificate (DER; add it to {@code MOTCUA_TRUST_ANCHORS});</li>
 * <li>{@code POST /ca/certificates} (form {@code cn}, {@code password}, {@code days}, {@code ocsp=false} for a
 * certificate with only a CRL): a new signing certificate with its key as a PKCS#12 file
 * ({@code application/x-pkcs12}) whose CRL Distribution Point and OCSP address point here;</li>
 * <li>{@code GET /ca/crl}: the CRL (DER, {@code application/pkix-crl});</li>
 * <li>{@code POST /ocsp}: OCSP (RFC 6960, {@code application/ocsp-request} → {@code application/ocsp-response});</li>
 * <li>{@code GET /}: the certificates issued, each with its state and a form to revoke it now with a reason
 * ({@code POST /ca/revoke}, form {@code serial} in hex and {@code reason}: keyCompromise, affiliationChanged,
 * superseded, cessationOfOperation, unspecified).</li>
 * </ul>
 * Faults as every simulator ({@code POST /simulator/faults}) make the CRL and OCSP addresses fail (down, slow, 503).
 */
public final class CertificateAuthoritySimulator extends SimulatorServer {

	private static final Map<String, Integer> REASONS = Map.of("unspecified", CRLReason.unspecified, "keyCompromise",
			CRLReason.keyCompromise, "affiliationChanged", CRLReason.affiliationChanged, "superseded",
			CRLReason.superseded, "cessationOfOperation", CRLReason.cessationOfOperation);

	private final Clock clock;

	private final CertificateAuthority ca;

	private CertificateAuthoritySimulator(int port, Clock clock) throws IOException {
		super(port);
		this.clock = clock;
		try {
			this.ca = new CertificateAuthority(clock, "http://localhost:" + port());
		}
		catch (GeneralSecurityException e) {
			throw new IOException("Không tạo được CA mô phỏng", e);
		}
	}

	/** Starts the CA on {@code port} (0: any); its certificates' URLs name {@code http://localhost:<port>}. */
	public static CertificateAuthoritySimulator start(int port, Clock clock) throws IOException {
		CertificateAuthoritySimulator simulator = new CertificateAuthoritySimulator(port, clock);
		simulator.start();
		return simulator;
	}

	/** The CA's certificate (a trust anchor for what it issues). */
	public X509Certificate caCertificate() {
		return ca.certificate();
	}

	/**
	 * A PKCS#12 file (alias {@code signer}, with the CA's certificate in the chain) for {@code commonName}, valid from a
	 * day before the clock's time for {@code validity}; {@code ocsp} false: the certificate names only a CRL.
	 */
	public byte[] issuePkcs12(String commonName, char[] password, Duration validity, boolean ocsp) {
		Instant now = clock.instant();
		return ca.pkcs12(ca.issue(commonName, now.minus(Duration.ofDays(1)), now.plus(validity), ocsp), password);
	}

	/** Revokes the certificate with {@code serial} now (an RFC 5280 reason code); false when unknown or done. */
	public boolean revoke(BigInteger serial, int reason) {
		return ca.revoke(serial, clock.instant(), reason);
	}

	@Override
	void fail(HttpExchange exchange, int status, String message) throws IOException {
		send(exchange, status, message.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
	}

	@Override
	void handle(HttpExchange exchange, String method, String path) throws IOException {
		if ("GET".equals(method) && (path.equals("/") || path.equals("/ca"))) {
			page(exchange);
		}
		else if ("GET".equals(method) && path.equals("/ca/certificate")) {
			try {
				send(exchange, 200, ca.certificate().getEncoded(), "application/pkix-cert");
			}
			catch (CertificateEncodingException e) {
				throw new IOException(e);
			}
		}
		else if ("POST".equals(method) && path.equals("/ca/certificates")) {
			Map<String, String> form = form(exchange);
			String name = form.getOrDefault("cn", "").strip();
			if (name.isEmpty() || name.contains(",") || name.contains("=")) {
				fail(exchange, 400, "Cần tên người ký cn (không có dấu phẩy, dấu bằng)");
				return;
			}
			int days;
			try {
				days = Integer.parseInt(form.getOrDefault("days", "365"));
			}
			catch (NumberFormatException e) {
				days = 365;
			}
			byte[] p12 = issuePkcs12(name, form.getOrDefault("password", "").toCharArray(), Duration.ofDays(days),
					!"false".equals(form.get("ocsp")));
			exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"signer.p12\"");
			send(exchange, 200, p12, "application/x-pkcs12");
		}
		else if ("POST".equals(method) && path.equals("/ca/revoke")) {
			Map<String, String> form = form(exchange);
			Integer reason = REASONS.get(form.getOrDefault("reason", "unspecified"));
			BigInteger serial;
			try {
				serial = new BigInteger(form.getOrDefault("serial", ""), 16);
			}
			catch (NumberFormatException e) {
				serial = null;
			}
			boolean done = serial != null && reason != null && revoke(serial, reason);
			exchange.getResponseHeaders().set("Location", "/");
			send(exchange, done ? 303 : 404, new byte[0], "text/plain");
		}
		else if ("GET".equals(method) && path.equals("/ca/crl") || "POST".equals(method) && path.equals("/ocsp")) {
			SimulatorFaults.Fault fault = faults.next(false);
			if (fault != null && failedAlike(exchange, fault)) {
				return;
			}
			if (fault != null && fault.kind() == SimulatorFaults.Kind.TIMEOUT) {
				pause(fault.delaySeconds());
			}
			if (path.equals("/ca/crl")) {
				send(exchange, 200, ca.crl(), "application/pkix-crl");
			}
			else {
				byte[] request;
				try (InputStream in = exchange.getRequestBody()) {
					request = in.readNBytes(64 * 1024);
				}
				send(exchange, 200, ca.ocsp(request), "application/ocsp-response");
			}
		}
		else {
			send(exchange, 404, new byte[0], "text/plain");
		}
	}

	private static Map<String, String> form(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
		}
		Map<String, String> form = new HashMap<>();
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	private void page(HttpExchange exchange) throws IOException {
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>CA mô phỏng</title></head>
				<body><h1>Tổ chức cấp chứng thư số (mô phỏng)</h1>
				<p>Chứng thư CA: <a href="/ca/certificate">/ca/certificate</a>; danh sách thu hồi (CRL):
				<a href="/ca/crl">/ca/crl</a>; OCSP: POST /ocsp.</p>
				<table border="1" cellpadding="4"><tr><th>Số hiệu</th><th>Chủ thể</th><th>Hiệu lực đến</th><th>OCSP</th>
				<th>Tình trạng</th><th></th></tr>
				""");
		for (CertificateAuthority.Issued issued : ca.issued()) {
			BigInteger serial = issued.certificate().getSerialNumber();
			CertificateAuthority.Revocation revocation = ca.revocation(serial);
			html.append("<tr><td>").append(serial.toString(16)).append("</td><td>")
				.append(escape(issued.certificate().getSubjectX500Principal().getName())).append("</td><td>")
				.append(issued.certificate().getNotAfter().toInstant()).append("</td><td>")
				.append(issued.ocsp() ? "có" : "không (chỉ CRL)").append("</td><td>")
				.append(revocation == null ? "Còn hiệu lực" : "Đã thu hồi lúc " + revocation.at() + " (mã lý do "
						+ revocation.reason() + ")")
				.append("</td><td>");
			if (revocation == null) {
				html.append("<form method=\"post\" action=\"/ca/revoke\"><input type=\"hidden\" name=\"serial\" value=\"")
					.append(serial.toString(16)).append("\"><select name=\"reason\" aria-label=\"Lý do\">");
				REASONS.keySet().stream().sorted().forEach(r -> html.append("<option>").append(r).append("</option>"));
				html.append("</select><button>Thu hồi</button></form>");
			}
			html.append("</td></tr>");
		}
		html.append("""
				</table><h2>Cấp chứng thư mới</h2><form method="post" action="/ca/certificates">
				<label>Tên (CN) <input name="cn"></label> <label>Mật khẩu tệp .p12 <input name="password"></label>
				<label>Số ngày <input name="days" value="365"></label> <button>Cấp (tải tệp .p12)</button></form>
				</body></html>""");
		send(exchange, 200, html.toString().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
