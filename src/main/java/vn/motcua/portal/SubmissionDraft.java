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
	/**
	 * The channels the applicant chose for messages about the dossier, comma-separated ({@code SMS,EMAIL}); empty: none;
	 * null: no choice made yet (the form offers SMS ticked, issue 16 item 4).
	 */
	String messageChannels;
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
	public String getMessageChannels() { return messageChannels; }

	/** The channels chosen, null when no choice was made (the intake's default then applies). */
	public java.util.Set<vn.motcua.dossier.MessageChannel> chosenChannels() {
		if (messageChannels == null) {
			return null;
		}
		java.util.Set<vn.motcua.dossier.MessageChannel> chosen = java.util.EnumSet
			.noneOf(vn.motcua.dossier.MessageChannel.class);
		for (String name : messageChannels.split(",")) {
			if (!name.isBlank()) {
				chosen.add(vn.motcua.dossier.MessageChannel.valueOf(name.strip()));
			}
		}
		return chosen;
	}

	/** Whether the form shows {@code channel} ticked: as chosen, or SMS before any choice. */
	public boolean ticks(vn.motcua.dossier.MessageChannel channel) {
		java.util.Set<vn.motcua.dossier.MessageChannel> chosen = chosenChannels();
		return chosen == null ? channel == vn.motcua.dossier.MessageChannel.SMS : chosen.contains(channel);
	}
	public String getDossierCode() { return dossierCode; }
	public Map<Integer, String> getFiles() { return files; }
}
