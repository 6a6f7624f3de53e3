package vn.motcua.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
				  dossier_code = ?, updated_at = ?
				where id = ?""")
			.params(d.applicantName, d.applicantIdNumber, d.applicantPhone, d.applicantAddress, d.applicantEmail,
					d.hasRepresentative, d.representativeName, d.representativeIdNumber, d.representativePhone,
					d.authorisationPaper, d.receiveMethod, d.dossierCode, now, d.id)
			.update();
	}

	void saveFile(UUID draftId, int position, Scan scan) {
		jdbc.sql("""
				insert into submission_draft_file (draft_id, position, file_name, content_type, content)
				values (?, ?, ?, ?, ?)
				on conflict (draft_id, position) do update set file_name = excluded.file_name,
				  content_type = excluded.content_type, content = excluded.content""")
			.params(draftId, position, scan.fileName(), scan.contentType(), scan.content())
			.update();
	}

	List<FileScan> findFiles(UUID draftId) {
		return jdbc.sql("select position, file_name, content_type, content from submission_draft_file where draft_id = ?")
			.param(draftId)
			.query((rs, n) -> new FileScan(rs.getInt(1), new Scan(rs.getString(2), rs.getString(3), rs.getBytes(4))))
			.list();
	}

	/** After submission: forget the personal answers and the files, keep the code and the way of receiving. */
	void markSubmitted(UUID draftId, String dossierCode, OffsetDateTime now) {
		jdbc.sql("""
				update submission_draft set dossier_code = ?, applicant_name = null, applicant_id_number = null,
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

	record FileScan(int position, Scan scan) {
	}

	private SubmissionDraft map(ResultSet rs, int row) throws SQLException {
		SubmissionDraft d = new SubmissionDraft();
		d.id = rs.getObject("id", UUID.class);
		d.agencyCode = rs.getString("agency_code");
		d.procedureCode = rs.getString("procedure_code");
		d.assisted = rs.getBoolean("assisted");
		d.startedBy = rs.getString("started_by");
		d.applicantName = rs.getString("applicant_name");
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
		d.submissionToken = rs.getObject("submission_token", UUID.class);
		d.dossierCode = rs.getString("dossier_code");
		return d;
	}
}
