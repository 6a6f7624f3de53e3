package vn.motcua.intake;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import vn.motcua.shared.SubmissionChannel;

/**
 * The counter's one intake form, as typed: the applicant, the representative, the documents ticked with their scans
 * (kept by id once uploaded, so a corrected post does not ask for them again), the cases ticked for conditional
 * documents, the conditions ticked for conditional fee exemptions, the channel, and the texts of Mẫu 02/03.
 */
public class CounterFormData {

	private String token;
	private String agencyCode;
	private String procedureCode;
	private vn.motcua.dossier.Applicant.Identifier identifier = vn.motcua.dossier.Applicant.Identifier.CITIZEN_ID;
	private String applicantName;
	private String legalRepresentative;
	private vn.motcua.dossier.Applicant.Representative.Basis representativeBasis = vn.motcua.dossier.Applicant.Representative.Basis.AUTHORISATION;
	private String idNumber;
	private String phone;
	private String address;
	private String email;
	private boolean represented;
	private String representativeName;
	private String representativeIdNumber;
	private String representativePhone;
	private String authorisationPaper;
	private SubmissionChannel channel = SubmissionChannel.DIRECT;
	private boolean assisted;
	private String missing;
	private String reason;
	private List<Line> documents = new ArrayList<>();

	/** Positions (from 1) of the procedure's conditional fee exemptions whose condition the counter ticked. */
	private List<Integer> feeConditions = new ArrayList<>();

	/** How the applicant wants to be told of the dossier's steps (issue 16 item 4); SMS ticked by default. */
	private List<vn.motcua.dossier.MessageChannel> messageChannels = new ArrayList<>(
			List.of(vn.motcua.dossier.MessageChannel.SMS));

	/** A required document of the procedure version: ticked or not, original or copy, copies, its scan. */
	public static class Line {
		private int position;
		private String name;
		private boolean mandatory;
		private boolean shownOnly;
		private String condition;
		private boolean caseApplies;
		private boolean handed;
		private boolean original;
		private int copies = 1;
		private String scanId;
		private String scanName;
		private MultipartFile scan;

		public int getPosition() { return position; }
		public void setPosition(int position) { this.position = position; }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public boolean isMandatory() { return mandatory; }
		public void setMandatory(boolean mandatory) { this.mandatory = mandatory; }
		public boolean isShownOnly() { return shownOnly; }
		public void setShownOnly(boolean shownOnly) { this.shownOnly = shownOnly; }
		public String getCondition() { return condition; }
		public void setCondition(String condition) { this.condition = condition; }
		public boolean isCaseApplies() { return caseApplies; }
		public void setCaseApplies(boolean caseApplies) { this.caseApplies = caseApplies; }
		public boolean isHanded() { return handed; }
		public void setHanded(boolean handed) { this.handed = handed; }
		public boolean isOriginal() { return original; }
		public void setOriginal(boolean original) { this.original = original; }
		public int getCopies() { return copies; }
		public void setCopies(int copies) { this.copies = copies; }
		public String getScanId() { return scanId; }
		public void setScanId(String scanId) { this.scanId = scanId; }
		public String getScanName() { return scanName; }
		public void setScanName(String scanName) { this.scanName = scanName; }
		public MultipartFile getScan() { return scan; }
		public void setScan(MultipartFile scan) { this.scan = scan; }
	}

	public String getToken() { return token; }
	public void setToken(String token) { this.token = token; }
	public String getAgencyCode() { return agencyCode; }
	public void setAgencyCode(String agencyCode) { this.agencyCode = agencyCode; }
	public String getProcedureCode() { return procedureCode; }
	public void setProcedureCode(String procedureCode) { this.procedureCode = procedureCode; }
	public vn.motcua.dossier.Applicant.Identifier getIdentifier() { return identifier; }
	public void setIdentifier(vn.motcua.dossier.Applicant.Identifier identifier) { this.identifier = identifier; }
	public String getLegalRepresentative() { return legalRepresentative; }
	public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
	public vn.motcua.dossier.Applicant.Representative.Basis getRepresentativeBasis() { return representativeBasis; }
	public void setRepresentativeBasis(vn.motcua.dossier.Applicant.Representative.Basis representativeBasis) { this.representativeBasis = representativeBasis; }
	public String getApplicantName() { return applicantName; }
	public void setApplicantName(String applicantName) { this.applicantName = applicantName; }
	public String getIdNumber() { return idNumber; }
	public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public boolean isRepresented() { return represented; }
	public void setRepresented(boolean represented) { this.represented = represented; }
	public String getRepresentativeName() { return representativeName; }
	public void setRepresentativeName(String representativeName) { this.representativeName = representativeName; }
	public String getRepresentativeIdNumber() { return representativeIdNumber; }
	public void setRepresentativeIdNumber(String representativeIdNumber) { this.representativeIdNumber = representativeIdNumber; }
	public String getRepresentativePhone() { return representativePhone; }
	public void setRepresentativePhone(String representativePhone) { this.representativePhone = representativePhone; }
	public String getAuthorisationPaper() { return authorisationPaper; }
	public void setAuthorisationPaper(String authorisationPaper) { this.authorisationPaper = authorisationPaper; }
	public SubmissionChannel getChannel() { return channel; }
	public void setChannel(SubmissionChannel channel) { this.channel = channel; }
	public boolean isAssisted() { return assisted; }
	public void setAssisted(boolean assisted) { this.assisted = assisted; }
	public String getMissing() { return missing; }
	public void setMissing(String missing) { this.missing = missing; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public List<vn.motcua.dossier.MessageChannel> getMessageChannels() { return messageChannels; }
	public void setMessageChannels(List<vn.motcua.dossier.MessageChannel> messageChannels) { this.messageChannels = messageChannels == null ? new ArrayList<>() : messageChannels; }
	public List<Integer> getFeeConditions() { return feeConditions; }
	public void setFeeConditions(List<Integer> feeConditions) { this.feeConditions = feeConditions == null ? new ArrayList<>() : feeConditions; }
	public List<Line> getDocuments() { return documents; }
	public void setDocuments(List<Line> documents) { this.documents = documents; }
}
