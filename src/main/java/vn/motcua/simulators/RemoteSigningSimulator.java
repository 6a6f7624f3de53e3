package vn.motcua.simulators;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A remote signing service for tests and demos (issue 17 item 3), as centralised government signing and the
 * commercial remote CAs work: it holds the signers' keys, receives a hash to sign, and signs it only after the signer
 * approves the request "on the phone" — here on its page ({@code GET /}: the pending requests with Đồng ý / Từ chối).
 * Its own certificate authority (RSA 2048, made at start; {@code GET /api/v1/ca} gives its certificate, DER, for the
 * trust anchors) issues each signer a key and certificate the first time the signer is named (RSA 2048, a year
 * around the simulator's time; a signer id starting with {@code het-han} gets a certificate that expired last year).
 * The protocol is {@code vn.motcua.documents.RemoteSigningDevice}'s; the key MotCua sends is {@link #API_KEY}.
 * A request not answered within the expiry ({@code --remote-signing-expiry}, 2 minutes by default) expires. Faults as
 * every simulator. Over 300 lines on purpose: a whole outside service (its CA, its protocol, its page) kept in one
 * class like the other simulators.
 */
public final class RemoteSigningSimulator extends SimulatorServer {

	/** The key MotCua sends in {@code X-Api-Key} (a simulator's, not a secret). */
	public static final String API_KEY = "ky-so-mo-phong";

	private final Clock clock;

	private final Duration expiry;

	private final KeyPair caKeys;

	private final X509Certificate ca;

	private final AtomicLong serials = new AtomicLong(100);

	private final Map<String, Holder> signers = new ConcurrentHashMap<>();

	private final Map<String, Request> requests = new LinkedHashMap<>();

	private record Holder(String id, PrivateKey key, X509Certificate certificate) {
	}

	/** One request to sign; {@code state} PENDING, APPROVED, REFUSED or EXPIRED. */
	private static final class Request {

		final String transaction;

		final String signerId;

		final byte[] hash;

		final String reference;

		final Instant at;

		String state = "PENDING";

		byte[] signature;

		String reason;

		Request(String transaction, String signerId, byte[] hash, String reference, Instant at) {
			this.transaction = transaction;
			this.signerId = signerId;
			this.hash = hash;
			this.reference = reference;
			this.at = at;
		}
	}

	private RemoteSigningSimulator(int port, Clock clock, Duration expiry) throws IOException {
		super(port);
		this.clock = clock;
		this.expiry = expiry;
		try {
			this.caKeys = rsa();
			X500Name name = new X500Name("CN=CA ký số từ xa mô phỏng, O=MotCua, C=VN");
			Instant now = clock.instant();
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
					Date.from(now.minus(Duration.ofDays(800))), Date.from(now.plus(Duration.ofDays(3650))), name,
					caKeys.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
			this.ca = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())));
		}
		catch (GeneralSecurityException | OperatorCreationException e) {
			throw new IOException("Không tạo được CA của dịch vụ ký số từ xa mô phỏng", e);
		}
	}

	/** Starts the service on {@code port} (0: any); requests expire after {@code expiry}. */
	public static RemoteSigningSimulator start(int port, Clock clock, Duration expiry) throws IOException {
		RemoteSigningSimulator simulator = new RemoteSigningSimulator(port, clock, expiry);
		simulator.start();
		return simulator;
	}

	/** The simulator's CA certificate (to trust the signatures it makes). */
	public X509Certificate caCertificate() {
		return ca;
	}

	/** The transaction ids waiting for the signer, oldest first. */
	public synchronized List<String> pending() {
		expire();
		return requests.values().stream().filter(r -> r.state.equals("PENDING")).map(r -> r.transaction).toList();
	}

	/** The signer approves a pending request: the hash is signed. False when there is no such pending request. */
	public synchronized boolean approve(String transaction) {
		expire();
		Request request = requests.get(transaction);
		if (request == null || !request.state.equals("PENDING")) {
			return false;
		}
		try {
			Signature rsa = Signature.getInstance("NONEwithRSA");
			rsa.initSign(signers.get(request.signerId).key());
			rsa.update(new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE),
					request.hash).getEncoded());
			request.signature = rsa.sign();
			request.state = "APPROVED";
			return true;
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The signer refuses a pending request. */
	public synchronized boolean refuse(String transaction) {
		expire();
		Request request = requests.get(transaction);
		if (request == null || !request.state.equals("PENDING")) {
			return false;
		}
		request.state = "REFUSED";
		request.reason = "Người ký đã từ chối trên điện thoại";
		return true;
	}

	@Override
	void fail(HttpExchange exchange, int status, String message) throws IOException {
		answer(exchange, status, json.createObjectNode().put("error", message));
	}

	@Override
	void handle(HttpExchange exchange, String method, String path) throws IOException {
		if ("GET".equals(method) && (path.equals("/") || path.equals("/remote-signing"))) {
			page(exchange);
			return;
		}
		if ("POST".equals(method) && path.startsWith("/requests/")) {
			String[] parts = path.split("/");
			if (parts.length == 4) {
				boolean done = parts[3].equals("approve") ? approve(parts[2])
						: parts[3].equals("refuse") && refuse(parts[2]);
				exchange.getResponseHeaders().set("Location", "/");
				send(exchange, done ? 303 : 404, new byte[0], "text/plain");
				return;
			}
		}
		if ("GET".equals(method) && path.equals("/api/v1/ca")) {
			try {
				send(exchange, 200, ca.getEncoded(), "application/pkix-cert");
			}
			catch (java.security.cert.CertificateEncodingException e) {
				throw new IOException(e);
			}
			return;
		}
		if (!path.startsWith("/api/v1/")) {
			send(exchange, 404, new byte[0], "text/plain");
			return;
		}
		if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
			fail(exchange, 401, "Khoá truy cập không đúng");
			return;
		}
		SimulatorFaults.Fault fault = faults.next(false);
		if (fault != null && failedAlike(exchange, fault)) {
			return;
		}
		if (fault != null && fault.kind() == SimulatorFaults.Kind.TIMEOUT) {
			pause(fault.delaySeconds());
		}
		if ("GET".equals(method) && path.startsWith("/api/v1/signers/") && path.endsWith("/certificates")) {
			String id = URLDecoder.decode(path.substring("/api/v1/signers/".length(), path.length() - "/certificates".length()),
					StandardCharsets.UTF_8);
			Holder holder = holder(id);
			ArrayNode certificates = json.createArrayNode();
			try {
				certificates.add(Base64.getEncoder().encodeToString(holder.certificate().getEncoded()));
				certificates.add(Base64.getEncoder().encodeToString(ca.getEncoded()));
			}
			catch (java.security.cert.CertificateEncodingException e) {
				throw new IOException(e);
			}
			ObjectNode body = json.createObjectNode();
			body.set("certificates", certificates);
			answer(exchange, 200, body);
			return;
		}
		if ("POST".equals(method) && path.equals("/api/v1/signatures")) {
			JsonNode body = read(exchange);
			if (body == null || body.path("signerId").asString("").isBlank() || !"SHA-256".equals(body.path("hashAlgorithm").asString(""))) {
				fail(exchange, 400, "Cần signerId, hash và hashAlgorithm SHA-256");
				return;
			}
			byte[] hash;
			try {
				hash = Base64.getDecoder().decode(body.path("hash").asString(""));
			}
			catch (IllegalArgumentException e) {
				hash = new byte[0];
			}
			if (hash.length != 32) {
				fail(exchange, 400, "hash phải là 32 byte SHA-256 (base64)");
				return;
			}
			holder(body.path("signerId").asString());
			Request request = new Request(UUID.randomUUID().toString(), body.path("signerId").asString(), hash,
					body.path("reference").asString(""), clock.instant());
			synchronized (this) {
				requests.put(request.transaction, request);
			}
			answer(exchange, 202, status(request));
			return;
		}
		if ("GET".equals(method) && path.startsWith("/api/v1/signatures/")) {
			Request request;
			synchronized (this) {
				expire();
				request = requests.get(path.substring("/api/v1/signatures/".length()));
			}
			if (request == null) {
				fail(exchange, 404, "Không có giao dịch này");
				return;
			}
			answer(exchange, 200, status(request));
			return;
		}
		send(exchange, 404, new byte[0], "text/plain");
	}

	private synchronized ObjectNode status(Request request) {
		ObjectNode body = json.createObjectNode().put("transactionId", request.transaction).put("status", request.state);
		if (request.signature != null) {
			body.put("signature", Base64.getEncoder().encodeToString(request.signature));
			body.put("signatureAlgorithm", "SHA256withRSA");
		}
		if (request.reason != null) {
			body.put("reason", request.reason);
		}
		return body;
	}

	private void expire() {
		Instant now = clock.instant();
		for (Request request : requests.values()) {
			if (request.state.equals("PENDING") && request.at.plus(expiry).isBefore(now)) {
				request.state = "EXPIRED";
				request.reason = "Người ký không xác nhận trong " + expiry.toSeconds() + " giây";
			}
		}
	}

	/** The signer's key and certificate, issued by the simulator's CA the first time the signer is named. */
	private Holder holder(String id) {
		return signers.computeIfAbsent(id, signerId -> {
			try {
				KeyPair keys = rsa();
				Instant now = clock.instant();
				boolean expired = signerId.startsWith("het-han");
				Instant from = expired ? now.minus(Duration.ofDays(730)) : now.minus(Duration.ofDays(1));
				Instant to = expired ? now.minus(Duration.ofDays(365)) : now.plus(Duration.ofDays(365));
				JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
						new X500Name(ca.getSubjectX500Principal().getName()), BigInteger.valueOf(serials.incrementAndGet()),
						Date.from(from), Date.from(to), new X500Name("CN=" + signerId + ", O=MotCua mô phỏng, C=VN"),
						keys.getPublic());
				builder.addExtension(Extension.keyUsage, true,
						new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
				builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
				X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
						builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())));
				return new Holder(signerId, keys.getPrivate(), certificate);
			}
			catch (GeneralSecurityException | OperatorCreationException | IOException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private static KeyPair rsa() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	private void page(HttpExchange exchange) throws IOException {
		List<Request> all;
		synchronized (this) {
			expire();
			all = new ArrayList<>(requests.values());
		}
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Ký số từ xa (mô phỏng)</title></head>
				<body><h1>Dịch vụ ký số từ xa (mô phỏng)</h1>
				<p>Mỗi yêu cầu chờ người ký xác nhận trên điện thoại; ở đây bấm Đồng ý hoặc Từ chối thay cho điện thoại.</p>
				<table border="1" cellpadding="4"><tr><th>Giao dịch</th><th>Người ký</th><th>Nội dung</th><th>Lúc</th><th>Trạng thái</th><th></th></tr>
				""");
		for (int i = all.size() - 1; i >= 0; i--) {
			Request r = all.get(i);
			html.append("<tr><td>").append(escape(r.transaction)).append("</td><td>").append(escape(r.signerId))
				.append("</td><td>").append(escape(r.reference)).append("</td><td>").append(r.at).append("</td><td>")
				.append(r.state).append("</td><td>");
			if (r.state.equals("PENDING")) {
				html.append("<form method=\"post\" action=\"/requests/").append(r.transaction)
					.append("/approve\"><button>Đồng ý</button></form><form method=\"post\" action=\"/requests/")
					.append(r.transaction).append("/refuse\"><button>Từ chối</button></form>");
			}
			html.append("</td></tr>");
		}
		html.append("</table></body></html>");
		send(exchange, 200, html.toString().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
