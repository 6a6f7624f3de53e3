package vn.motcua.correspondence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The forms of the incoming register's pages ({@code templates/correspondence/incoming-*.html}), one record per post,
 * as docs/architecture.md "Forms" describes. A record checks what can be read from the post: every field the register
 * needs (Nghị định 30/2020/NĐ-CP Art. 22 and Phụ lục IV), and the deadline kept as typed, so that a word where the
 * number of working days belongs is a message on its field; a date or a choice that cannot be read is
 * {@code typeMismatch.<form>.<field>} of the correspondence bundle. What the register itself refuses (a file that is
 * not a PDF, someone who is not a leader of the agency, a deadline out of 1–90 working days) stays
 * {@link CorrespondenceRefused}, shown on the field it concerns.
 */
final class IncomingFormData {

	static final int TEXT = 4000;

	private IncomingFormData() {
	}

	/**
	 * The register's filters as the list's form sends them (a GET): the year, words, a state, an urgency, only the
	 * overdue ones, only those waiting for me. A value that cannot be read is left out of the filter and said.
	 */
	record Search(Integer year, String q, IncomingDocument.Status status, Urgency urgency, Boolean overdue,
			Boolean mine) {

		static Search none() {
			return new Search(null, null, null, null, null, null);
		}

		IncomingDesk.Filter filter(int shownYear, String me) {
			return new IncomingDesk.Filter(shownYear, q, status, urgency,
					Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(mine) ? me : null);
		}
	}

	/** The clerk's registration of a document received (Art. 22). */
	record Registration(@NotNull(message = "{typeMismatch.incoming.medium}") IncomingDocument.Medium medium,
			@NotBlank(message = "{correspondence.form.senderRequired}")
			@Size(max = 300, message = "{correspondence.form.tooLong}") String sender,
			@NotBlank(message = "{correspondence.form.numberSymbolRequired}")
			@Size(max = 100, message = "{correspondence.form.tooLong}") String numberSymbol,
			@NotNull(message = "{typeMismatch.incoming.documentDate}")
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
			@NotBlank(message = "{correspondence.form.documentTypeRequired}")
			@Size(max = 100, message = "{correspondence.form.tooLong}") String documentType,
			@NotBlank(message = "{correspondence.form.summaryRequired}")
			@Size(max = TEXT, message = "{correspondence.form.tooLong}") String summary,
			@NotNull(message = "{typeMismatch.incoming.urgency}") Urgency urgency,
			@NotBlank(message = "{correspondence.form.leaderRequired}") String leader, MultipartFile pdf,
			UUID formToken) {

		/** A new form, with its one-time token (posted twice, it registers once). */
		static Registration empty() {
			return new Registration(IncomingDocument.Medium.PAPER, null, null, null, null, null, Urgency.NORMAL, null,
					null, UUID.randomUUID());
		}

		IncomingDocument.Receipt receipt() {
			return new IncomingDocument.Receipt(medium, sender, numberSymbol, documentDate, documentType, summary,
					urgency);
		}

		/** The uploaded file, or {@code null} when none was chosen. */
		IncomingDesk.Attachment attachment() {
			if (pdf == null || pdf.isEmpty()) {
				return null;
			}
			try {
				return new IncomingDesk.Attachment(pdf.getOriginalFilename(), pdf.getBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** The leader's direction (Art. 24.1): the handling officer, the supporting ones, the deadline in working days. */
	record Direction(@Size(max = TEXT, message = "{correspondence.form.tooLong}") String direction,
			@NotBlank(message = "{correspondence.incoming.directionIncomplete}") String handler, List<String> supporting,
			@NotBlank(message = "{correspondence.form.daysRequired}")
			@Pattern(regexp = "\\s*\\d{1,3}\\s*", message = "{correspondence.form.daysNotANumber}") String workingDays) {

		static Direction empty() {
			return new Direction(null, null, List.of(), null);
		}

		/** The number of working days, once the record is valid (a number of at most three digits). */
		int days() {
			return Integer.parseInt(workingDays.strip());
		}

		/** The supporting officers as the register keeps them: usernames separated by commas. */
		String supportingList() {
			return supporting == null ? null
					: String.join(", ", supporting.stream().filter(s -> s != null && !s.isBlank()).toList());
		}
	}

	/** The handler's record of the document handled (Art. 24.2). */
	record Completion(@NotBlank(message = "{correspondence.incoming.resultRequired}")
			@Size(max = TEXT, message = "{correspondence.form.tooLong}") String result) {
	}
}
