package vn.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.VietnamTime;

/**
 * Results attached by the one-stop are kept as signed files (issue 17 item 4; Nghị định 30/2020/NĐ-CP Phụ lục I mục
 * II and Nghị định 68/2024/NĐ-CP): a PDF already signed by someone (the competent agency's result) is checked and kept
 * as it is, the check's answer recorded and shown; an unsigned one is signed with the organisation's key
 * ({@link SignatureRole#ORGANISATION}; without a signing place, an invisible signature) when that key is configured;
 * other files (an image scan, a file that is not a PDF) are kept as they are.
 */
@Service
public class KeptSignatures {

	/** How a kept file stands: {@code outcome} VALID, INVALID, NOT_SIGNED or SIGNED_ON_KEEPING; the signers' names. */
	public record Kept(UUID documentId, String outcome, List<String> signers, OffsetDateTime checkedAt) {
	}

	private final DocumentStore store;

	private final SignatureCheck check;

	private final DocumentSigning signing;

	private final JdbcClient jdbc;

	private final Clock clock;

	KeptSignatures(DocumentStore store, SignatureCheck check, DocumentSigning signing, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.check = check;
		this.signing = signing;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Keeps a stored result signed and answers the id to keep: the same file when it was signed already (or is not a
	 * PDF), else the copy signed by the organisation's key (when configured).
	 */
	@Transactional
	public UUID keepSigned(UUID storedId, String reason, String location, String actor) {
		StoredDocument document = store.find(storedId).orElseThrow(() -> store.unknown(storedId));
		if (!"application/pdf".equalsIgnoreCase(document.contentType())) {
			return storedId;
		}
		byte[] bytes;
		try (InputStream in = store.open(document)) {
			bytes = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		SignatureCheck.Verdict verdict = check.check(bytes, actor);
		switch (verdict.outcome()) {
			case NOT_A_PDF -> {
				return storedId;
			}
			case NOT_SIGNED -> {
				if (!signing.organisationKeyConfigured()) {
					record(storedId, "NOT_SIGNED", List.of(), actor);
					return storedId;
				}
				StoredDocument signed = signing.sign(storedId, new DocumentSigning.Order(SignatureRole.ORGANISATION, null,
						null, null, reason, location, null, actor)).signed();
				record(signed.id(), "SIGNED_ON_KEEPING", List.of(), actor);
				return signed.id();
			}
			default -> {
				record(storedId, verdict.outcome().name(),
						verdict.signers().stream().map(SignatureCheck.Signer::name).toList(), actor);
				return storedId;
			}
		}
	}

	/** The state of these kept files (those never checked are absent). */
	public Map<UUID, Kept> of(Collection<UUID> documentIds) {
		if (documentIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select * from kept_signature where document_id in (:ids)").param("ids", documentIds)
			.query((rs, i) -> new Kept(rs.getObject("document_id", UUID.class), rs.getString("outcome"),
					rs.getString("signers").isEmpty() ? List.of() : List.of(rs.getString("signers").split("\n")),
					VietnamTime.read(rs, "checked_at")))
			.list().stream().collect(Collectors.toMap(Kept::documentId, k -> k));
	}

	public Optional<Kept> of(UUID documentId) {
		return Optional.ofNullable(of(List.of(documentId)).get(documentId));
	}

	private void record(UUID documentId, String outcome, List<String> signers, String actor) {
		jdbc.sql("""
				insert into kept_signature (document_id, outcome, signers, checked_at, checked_by) values (?, ?, ?, ?, ?)
				on conflict (document_id) do update set outcome = excluded.outcome, signers = excluded.signers,
				  checked_at = excluded.checked_at, checked_by = excluded.checked_by""")
			.params(documentId, outcome, String.join("\n", signers), OffsetDateTime.now(clock), actor).update();
	}
}
