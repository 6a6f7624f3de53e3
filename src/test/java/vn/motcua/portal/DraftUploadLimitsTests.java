package vn.motcua.portal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.motcua.MotCuaTest;
import vn.motcua.documents.DocumentIntegrityException;
import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.StoredDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 12, item 1, for online drafts: a citizen's file is streamed into the document store (on disk, not the
 * database) and refused past the portal's limit with 413 and the reason in Vietnamese, keeping nothing; drafts
 * abandoned for longer than {@code motcua.portal.drafts-keep} are deleted with their answers and files, audited.
 */
@MotCuaTest
class DraftUploadLimitsTests {

	private static final String PROCEDURE = "1.004873";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentStore store;

	@Autowired
	DraftFiles draftFiles;

	@Autowired
	Clock clock;

	@Test
	void aFileOverThePortalLimitIsRefusedWith413AndTheReasonAndNothingIsKept() throws Exception {
		String draft = newDraft();
		long documentsBefore = storedDocuments();
		byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];

		MvcResult refused = mvc.perform(multipart(draft + "/giay-to/1")
			.file(new MockMultipartFile("file", "ban-scan-rat-lon.pdf", "application/pdf", tooLarge)).with(csrf()))
			.andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(413);
		assertThat(refused.getResponse().getContentAsString())
			.contains("Tệp quá lớn so với mức tối đa ghi ở trên")
			.contains("Tệp PDF, JPG hoặc PNG, tối đa 10 MB.");
		assertThat(jdbc.sql("select count(*) from submission_draft_file where draft_id = ?").param(id(draft))
			.query(Long.class).single()).isZero();
		assertThat(storedDocuments()).as("nothing half-saved").isEqualTo(documentsBefore);
	}

	@Test
	void aFileIsStreamedIntoTheDocumentStoreAndAReplacedOneIsDiscarded() throws Exception {
		String draft = newDraft();
		byte[] first = ("%PDF-1.4 lần một " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		byte[] second = ("%PDF-1.4 lần hai " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

		upload(draft, first);
		UUID firstId = storedFileOf(draft);
		upload(draft, second);
		UUID secondId = storedFileOf(draft);

		assertThat(jdbc.sql("select content is null from submission_draft_file where draft_id = ?").param(id(draft))
			.query(Boolean.class).single()).as("no bytes in the database").isTrue();
		StoredDocument kept = store.find(secondId).orElseThrow();
		try (var in = store.open(kept)) {
			assertThat(in.readAllBytes()).isEqualTo(second);
		}
		assertThat(store.find(firstId)).as("the replaced file is discarded").isEmpty();
	}

	@Test
	void draftsAbandonedForLongerThanTheLimitAreDeletedWithTheirFilesAndAudited() throws Exception {
		String abandoned = newDraft();
		upload(abandoned, ("%PDF-1.4 bỏ dở " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
		mvc.perform(post(abandoned + "/nguoi-nop").with(csrf()).param("applicantName", "Lê Văn Bỏ Dở")
			.param("applicantIdNumber", "038090001111").param("applicantPhone", "0912000111"));
		UUID abandonedFile = storedFileOf(abandoned);
		StoredDocument kept = store.find(abandonedFile).orElseThrow();
		store.open(kept).close();
		String recent = newDraft();
		OffsetDateTime now = OffsetDateTime.now(clock);
		age(abandoned, now.minus(Duration.ofDays(7)).minusMinutes(1));
		age(recent, now.minus(Duration.ofDays(7)).plusMinutes(5));

		assertThat(draftFiles.deleteAbandoned()).isGreaterThanOrEqualTo(1);

		assertThat(jdbc.sql("select count(*) from submission_draft where id = ?").param(id(abandoned))
			.query(Long.class).single()).as("the answers (name, ID number, phone) are gone").isZero();
		assertThat(store.find(abandonedFile)).isEmpty();
		assertThatThrownBy(() -> store.open(kept)).as("the file is deleted from disk")
			.isInstanceOf(DocumentIntegrityException.class);
		assertThat(jdbc.sql("select count(*) from submission_draft where id = ?").param(id(recent))
			.query(Long.class).single()).as("a draft changed within the time is kept").isOne();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SUBMISSION_DRAFT_DELETED' and target = ?")
			.param("submission_draft:" + id(abandoned)).query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DOCUMENT_DISCARDED' and target = ?")
			.param("stored_document:" + abandonedFile).query(Long.class).single()).isOne();
	}

	private String newDraft() throws Exception {
		String next = mvc.perform(post("/public/nop-ho-so/thu-tuc/" + PROCEDURE).param("agencyCode", "14908")
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(next).matches("/public/nop-ho-so/[0-9a-f-]{36}/nguoi-nop");
		return next.replace("/nguoi-nop", "");
	}

	private void upload(String draft, byte[] pdf) throws Exception {
		MvcResult result = mvc.perform(multipart(draft + "/giay-to/1")
			.file(new MockMultipartFile("file", "to-khai.pdf", "application/pdf", pdf)).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
	}

	private UUID storedFileOf(String draft) {
		return jdbc.sql("select stored_document_id from submission_draft_file where draft_id = ? and position = 1")
			.param(id(draft)).query(UUID.class).single();
	}

	private void age(String draft, OffsetDateTime updatedAt) {
		jdbc.sql("update submission_draft set updated_at = ? where id = ?").params(updatedAt, id(draft)).update();
	}

	private long storedDocuments() {
		return jdbc.sql("select count(*) from stored_document").query(Long.class).single();
	}

	private static UUID id(String draft) {
		return UUID.fromString(draft.substring(draft.lastIndexOf('/') + 1));
	}
}
