package vn.motcua.portal;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.documents.SignatureCheck;

/**
 * {@code /public/kiem-tra-chu-ky}: anyone uploads a PDF they were given (a result, a receipt, a document of the
 * commune) and is told plainly whether its digital signatures hold — by whom, when, unchanged since — or why not
 * (issue 17 item 5). Counted by the look-up limiter (a check costs a second of the server's time). No personal data
 * is kept: the audit keeps the file's SHA-256 and the answer.
 */
@Controller
class SignatureCheckController {

	/** The largest PDF checked (a signed result is far smaller). */
	static final int MAX_BYTES = 20 * 1024 * 1024;

	private final SignatureCheck check;

	SignatureCheckController(SignatureCheck check) {
		this.check = check;
	}

	@GetMapping("/public/kiem-tra-chu-ky")
	String form() {
		return "portal/signature-check";
	}

	/** The QR code of a signed paper: the check of the stored signed file, without uploading anything. */
	@GetMapping("/public/kiem-tra-chu-ky/{code}")
	String paper(@PathVariable String code, Model model) {
		java.util.Optional<SignatureCheck.Verdict> verdict;
		try {
			verdict = check.checkPaper(java.util.UUID.fromString(code), SignatureCheck.PUBLIC_CHECKER);
		}
		catch (IllegalArgumentException notACode) {
			verdict = java.util.Optional.empty();
		}
		if (verdict.isEmpty()) {
			model.addAttribute("problem", "portal.signatureCheck.unknownPaper");
			return "portal/signature-check";
		}
		model.addAttribute("verdict", verdict.get());
		model.addAttribute("fileName", "");
		model.addAttribute("paper", true);
		return "portal/signature-check";
	}

	@PostMapping("/public/kiem-tra-chu-ky")
	String check(@RequestParam(name = "tep", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "portal.signatureCheck.noFile");
			return "portal/signature-check";
		}
		byte[] bytes;
		try (InputStream in = file.getInputStream()) {
			bytes = in.readNBytes(MAX_BYTES + 1);
		}
		if (bytes.length > MAX_BYTES) {
			model.addAttribute("problem", "portal.signatureCheck.tooLarge");
			return "portal/signature-check";
		}
		model.addAttribute("verdict", check.check(bytes, SignatureCheck.PUBLIC_CHECKER));
		model.addAttribute("fileName", file.getOriginalFilename());
		return "portal/signature-check";
	}
}
