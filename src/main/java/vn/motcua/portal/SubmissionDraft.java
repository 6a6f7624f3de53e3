package vn.motcua.portal;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An online submission in progress (hồ sơ nháp): the answers given so far, kept on the server under a random id so
 * that a dropped connection loses nothing. Once submitted it keeps only the dossier code and the way of receiving the
 * result; the personal answers and the files are cleared.
 */
class SubmissionDraft {

	UUID id;
	String agencyCode;
	String procedureCode;
	boolean assisted;
	String startedBy;
	String applicantIdentifier;
	String applicantName;
	String legalRepresentative;
	String applicantIdNumber;
	String applicantPhone;
	String applicantAddress;
	String applicantEmail;
	Boolean hasRepresentative;
	String representativeName;
	String representativeIdNumber;
	String representativePhone;
	String authorisationPaper;
	String receiveMethod;
	UUID submissionToken;
	String dossierCode;
	/** Uploaded files by required-document position: the file names (the files are kept by the document store). */
	final Map<Integer, String> files = new TreeMap<>();

	boolean submitted() {
		return dossierCode != null;
	}

	public UUID getId() { return id; }
	public String getAgencyCode() { return agencyCode; }
	public String getProcedureCode() { return procedureCode; }
	public boolean isAssisted() { return assisted; }
	public String getApplicantIdentifier() { return applicantIdentifier == null ? "CITIZEN_ID" : applicantIdentifier; }
	public String getLegalRepresentative() { return legalRepresentative; }
	public String getApplicantName() { return applicantName; }
	public String getApplicantIdNumber() { return applicantIdNumber; }
	public String getApplicantPhone() { return applicantPhone; }
	public String getApplicantAddress() { return applicantAddress; }
	public String getApplicantEmail() { return applicantEmail; }
	public Boolean getHasRepresentative() { return hasRepresentative; }
	public String getRepresentativeName() { return representativeName; }
	public String getRepresentativeIdNumber() { return representativeIdNumber; }
	public String getRepresentativePhone() { return representativePhone; }
	public String getAuthorisationPaper() { return authorisationPaper; }
	public String getReceiveMethod() { return receiveMethod; }
	public String getDossierCode() { return dossierCode; }
	public Map<Integer, String> getFiles() { return files; }
}
