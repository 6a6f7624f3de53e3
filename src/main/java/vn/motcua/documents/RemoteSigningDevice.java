package vn.motcua.documents;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A key held by a remote signing service, the way centralised government signing (Ban Cơ yếu Chính phủ) and the
 * commercial remote CAs work: MotCua never sees the key; it posts the hash of what is to be signed with the signer's id
 * and a reference, gets a transaction id, and asks again until the signer has approved (or refused) on the phone.
 * The protocol ({@code MOTCUA_REMOTE_SIGNING_URL}, key in the {@code X-Api-Key} header; the simulator speaks it):
 * <ul>
 * <li>{@code GET /api/v1/signers/{id}/certificates} → {@code {"certificates": [base64 DER, signing one first]}}</li>
 * <li>{@code POST /api/v1/signatures} {@code {"signerId","hash" (base64),"hashAlgorithm":"SHA-256","reference"}} →
 * {@code {"transactionId","status":"PENDING"}}</li>
 * <li>{@code GET /api/v1/signatures/{transactionId}} → {@code {"status": PENDING|APPROVED|REFUSED|EXPIRED,
 * "signature" (base64, RSA PKCS#1 v1.5 over the hash's DigestInfo), "reason"}}</li>
 * </ul>
 * A service that cannot be reached or answers an error: {@link DocumentRefusedException}
 * {@code documents.error.remote-unreachable}.
 */
final class RemoteSigningDevice implements SignatureDevice {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI base;

	private final String apiKey;

	private final String signerId;

	private final KeystoreDevice.Refusals refusals;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private List<CertificateToken> chain;

	RemoteSigningDevice(DocumentSettings.RemoteSigning settings, String signerId, KeystoreDevice.Refusals refusals) {
		if (!settings.configured()) {
			throw refusals.refused("documents.error.remote-not-configured");
		}
		this.base = URI.create(settings.url().endsWith("/") ? settings.url() : settings.url() + "/");
		this.apiKey = settings.key() == null ? "" : settings.key();
		this.signerId = signerId;
		this.refusals = refusals;
	}

	@Override
	public Kind kind() {
		return Kind.REMOTE;
	}

	String signerId() {
		return signerId;
	}

	@Override
	public List<CertificateToken> chain() {
		if (chain == null) {
			JsonNode answer = call("GET", "api/v1/signers/" + URLEncoder.encode(signerId, StandardCharsets.UTF_8)
					+ "/certificates", null);
			List<CertificateToken> certificates = new ArrayList<>();
			for (JsonNode certificate : answer.path("certificates")) {
				certificates.add(DSSUtils.loadCertificate(Base64.getDecoder().decode(certificate.asString())));
			}
			if (certificates.isEmpty()) {
				throw refusals.refused("documents.error.remote-unknown-signer", signerId);
			}
			chain = List.copyOf(certificates);
		}
		return chain;
	}

	@Override
	public Answer sign(byte[] dataToSign, DigestAlgorithm digest, String reference) {
		if (digest != DigestAlgorithm.SHA256) {
			throw new IllegalArgumentException("the remote service signs SHA-256 hashes");
		}
		var body = JSON.createObjectNode().put("signerId", signerId)
			.put("hash", Base64.getEncoder().encodeToString(DSSUtils.digest(digest, dataToSign)))
			.put("hashAlgorithm", "SHA-256").put("reference", reference);
		JsonNode answer = call("POST", "api/v1/signatures", JSON.writeValueAsString(body));
		return answer(answer);
	}

	@Override
	public Answer collect(String transaction) {
		return answer(call("GET", "api/v1/signatures/" + URLEncoder.encode(transaction, StandardCharsets.UTF_8), null));
	}

	private static Answer answer(JsonNode answer) {
		String transaction = answer.path("transactionId").asString(null);
		String reason = answer.path("reason").asString(null);
		return switch (answer.path("status").asString("")) {
			case "APPROVED" -> new Answer(Answer.State.SIGNED,
					Base64.getDecoder().decode(answer.path("signature").asString()), transaction, null);
			case "REFUSED" -> new Answer(Answer.State.REFUSED, null, transaction, reason);
			case "EXPIRED" -> new Answer(Answer.State.EXPIRED, null, transaction, reason);
			default -> new Answer(Answer.State.PENDING, null, transaction, null);
		};
	}

	private JsonNode call(String method, String path, String body) {
		URI uri = base.resolve(path);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
			.header("X-Api-Key", apiKey).header("Accept", "application/json");
		if (body == null) {
			request.GET();
		}
		else {
			request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
		}
		try {
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() == 404 && path.startsWith("api/v1/signers/")) {
				throw refusals.refused("documents.error.remote-unknown-signer", signerId);
			}
			if (response.statusCode() / 100 != 2) {
				throw refusals.refused("documents.error.remote-unreachable", base,
						response.statusCode() + " " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException | JacksonException e) {
			throw refusals.refused("documents.error.remote-unreachable", base, KeystoreDevice.rootMessage(e));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw refusals.refused("documents.error.remote-unreachable", base, "interrupted");
		}
	}
}
