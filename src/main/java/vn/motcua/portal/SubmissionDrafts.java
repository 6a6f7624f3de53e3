package vn.motcua.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.documents.StoredDocument;
import vn.motcua.dossier.IntakeRequest.Scan;

/** The drafts of online submissions and their uploaded files. */
@Repository
class SubmissionDrafts {

	private final JdbcClient jdbc;

	SubmissionDrafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(SubmissionDraft d, OffsetDateTime now) {
		jdbc.sql("""
				insert into submission_draft (id, agency_code, procedure_code, assisted, started_by, submission_token,
				  created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id, d.agencyCode, d.procedureCode, d.assisted, d.startedBy, d.submissionToken, now, now)
			.update();
	}

	Optional<SubmissionDraft> find(UUID id) {
		Optional<SubmissionDraft> draft = jdbc.sql("select * from submission_draft where id = ?").param(id)
			.query(this::map).optional();
		draft.ifPresent(d -> jdbc.sql("select position, file_name from submission_draft_file where draft_id = ?")
			.param(id).query(rs -> {
				d.files.put(rs.getInt(1), rs.getString(2));
			}));
		return draft;
	}

	void save(SubmissionDraft d, OffsetDateTime now) {
		jdbc.sql("""
				update submission_draft set applicant_name = ?, applicant_id_number = ?, applicant_phone = ?,
				  applicant_address = ?, applicant_email = ?, has_representative = ?, representative_name = ?,
				  representative_id_number = ?, representative_phone = ?, authorisation_paper = ?, receive_method = ?,
				  dossier_code = ?, updated_at = ?, applicant_identifier = ?, legal_representative = ?,
				  message_channels = ?
				where id = ?""")
			.params(d.applicantName, d.applicantIdNumber, d.applicantPhone, d.applicantAddress, d.applicantEmail,
					d.hasRepresentative, d.representativeName, d.representativeIdNumber, d.representativePhone,
					d.authorisationPaper, d.receiveMethod, d.dossierCode, now, d.applicantIdentifier, d.legalRepresentative,
					d.messageChannels, d.id)
			.update();
	}

	/**
	 * Records the file kept by the document store for a required document of the draft, and answers the one it
	 * replaces (to be discarded), if any.
	 */
	Optional<UUID> saveFile(UUID draftId, int position, StoredDocument file, OffsetDateTime now) {
		Optional<UUID> replaced = jdbc.sql("""
				select stored_document_id from submission_draft_file
				where draft_id = ? and position = ? and stored_document_id is not null for update""")
			.params(draftId, position).query(UUID.class).optional();
		jdbc.sql("""
				insert into submission_draft_file (draft_id, position, file_name, content_type, stored_document_id)
				values (?, ?, ?, ?, ?)
				on conflict (draft_id, position) do update set file_name = excluded.file_name,
				  content_type = excluded.content_type, stored_document_id = excluded.stored_document_id, content = null""")
			.params(draftId, position, file.fileName(), file.contentType(), file.id())
			.update();
		jdbc.sql("update submission_draft set updated_at = ? where id = ?").params(now, draftId).update();
		return replaced;
	}

	/** The files of a draft: kept by the document store, or (drafts from before) their bytes. */
	List<FileScan> findFiles(UUID draftId) {
		return jdbc.sql("""
				select position, file_name, content_type, stored_document_id, content
				from submission_draft_file where draft_id = ? order by position""")
			.param(draftId)
			.query((rs, n) -> new FileScan(rs.getInt(1), rs.getObject(4, UUID.class),
					rs.getObject(4) == null ? new Scan(rs.getString(2), rs.getString(3), rs.getBytes(5)) : null))
			.list();
	}

	/** Drafts never submitted and unchanged since {@code before}, oldest first, at most {@code limit}. */
	List<UUID> abandonedSince(OffsetDateTime before, int limit) {
		return jdbc.sql("""
				select id from submission_draft where dossier_code is null and updated_at < ?
				order by updated_at limit ?""")
			.params(before, limit).query(UUID.class).list();
	}

	/** Deletes a draft with its answers and its file rows (the stored files are discarded by the caller). */
	void delete(UUID draftId) {
		jdbc.sql("delete from submission_draft where id = ?").param(draftId).update();
	}

	/** After submission: forget the personal answers and the files, keep the code and the way of receiving. */
	void markSubmitted(UUID draftId, String dossierCode, OffsetDateTime now) {
		jdbc.sql("""
				update submission_draft set dossier_code = ?, applicant_name = null, applicant_id_number = null,
				  applicant_identifier = null, legal_representative = null,
				  applicant_phone = null, applicant_address = null, applicant_email = null, representative_name = null,
				  representative_id_number = null, representative_phone = null, authorisation_paper = null,
				  updated_at = ? where id = ?""")
			.params(dossierCode, now, draftId).update();
		jdbc.sql("delete from submission_draft_file where draft_id = ?").param(draftId).update();
	}

	/** The way of receiving the result the citizen chose online, if the dossier was submitted here. */
	Optional<String> receiveMethodOf(String dossierCode) {
		return jdbc.sql("select receive_method from submission_draft where dossier_code = ? limit 1")
			.param(dossierCode).query(String.class).optional();
	}

	/** A file of a draft: {@code storedDocumentId} in the document store, or {@code scan} for drafts from before. */
	record FileScan(int position, UUID storedDocumentId, Scan scan) {
	}

	private SubmissionDraft map(ResultSet rs, int row) throws SQLException {
		SubmissionDraft d = new SubmissionDraft();
		d.id = rs.getObject("id", UUID.class);
		d.agencyCode = rs.getString("agency_code");
		d.procedureCode = rs.getString("procedure_code");
		d.assisted = rs.getBoolean("assisted");
		d.startedBy = rs.getString("started_by");
		d.applicantName = rs.getString("applicant_name");
		d.applicantIdentifier = rs.getString("applicant_identifier");
		d.legalRepresentative = rs.getString("legal_representative");
		d.applicantIdNumber = rs.getString("applicant_id_number");
		d.applicantPhone = rs.getString("applicant_phone");
		d.applicantAddress = rs.getString("applicant_address");
		d.applicantEmail = rs.getString("applicant_email");
		d.hasRepresentative = (Boolean) rs.getObject("has_representative");
		d.representativeName = rs.getString("representative_name");
		d.representativeIdNumber = rs.getString("representative_id_number");
		d.representativePhone = rs.getString("representative_phone");
		d.authorisationPaper = rs.getString("authorisation_paper");
		d.receiveMethod = rs.getString("receive_method");
		d.messageChannels = rs.getString("message_channels");
		d.submissionToken = rs.getObject("submission_token", UUID.class);
		d.dossierCode = rs.getString("dossier_code");
		return d;
	}
}
