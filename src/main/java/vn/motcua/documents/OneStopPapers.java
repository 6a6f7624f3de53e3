package vn.motcua.documents;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The seven forms of the one-stop mechanism (Thông tư 01/2018/TT-VPCP as carried into Thông tư 03/2025/TT-VPCP) as
 * A4 PDFs in the Nghị định 30/2020 layout, each with a QR code top left that opens the form's {@code statusUrl}.
 * The callers (the dossier module) fill one record per form with exactly what it prints.
 */
@Service
public class OneStopPapers {

	private final OfficialDocuments documents;

	private final IntakePapers intake;

	private final ProcessingPapers processing;

	private final TransferSlips transferSlips;

	OneStopPapers(OfficialDocuments documents, MessageSource messages) {
		this.documents = documents;
		PaperLabels labels = new PaperLabels(messages);
		this.intake = new IntakePapers(labels);
		this.processing = new ProcessingPapers(labels);
		this.transferSlips = new TransferSlips(labels);
	}

	/** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
	public byte[] receipt(ReceiptPaper form) {
		return documents.pdf(intake.receipt(form));
	}

	/** Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
	public byte[] supplementRequest(SupplementRequestPaper form) {
		return documents.pdf(intake.supplementRequest(form));
	}

	/** Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
	public byte[] refusal(RefusalPaper form) {
		return documents.pdf(intake.refusal(form));
	}

	/** Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả. */
	public byte[] apology(ApologyPaper form) {
		return documents.pdf(processing.apology(form));
	}

	/** Mẫu 05: Thông báo dừng giải quyết hồ sơ (at the applicant's request). */
	public byte[] stop(StopNoticePaper form) {
		return documents.pdf(processing.stop(form));
	}

	/** Thông báo hồ sơ không đủ điều kiện giải quyết (refusal after review, NĐ 61/2018 Art. 19.8). */
	public byte[] refusalAfterReview(RefusalAfterReviewPaper form) {
		return documents.pdf(processing.refusalAfterReview(form));
	}

	/** Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ. */
	public byte[] processControl(ProcessControlPaper form) {
		return documents.pdf(processing.processControl(form));
	}

	/** Mẫu 07: Sổ theo dõi hồ sơ (landscape). */
	public byte[] trackingBook(TrackingBookPaper form) {
		return documents.pdf(processing.trackingBook(form));
	}

	/** Phiếu chuyển xử lý hồ sơ liên thông (NĐ 61/2018 Art. 19.5; NĐ 118/2025 Art. 18). */
	public byte[] transferSlip(TransferSlipPaper form) {
		return documents.pdf(transferSlips.slip(form));
	}
}
