package vn.motcua.nationallink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.IntakeRequest.HandedDocument;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnameseMessages;

/**
 * Reads an online submission as the portal gives it ({@code LayHoSoNopTrucTuyen}, docs/national-link.md "Online
 * submissions") into the intake request MotCua's own online submissions make, or says in Vietnamese why it cannot:
 * a procedure not in force in the catalogue, a field that is not what the protocol says, a file that is not a PDF,
 * JPEG or PNG, not valid base64, empty, larger than an online upload may be (the limit of the citizens' portal,
 * {@code motcua.portal.max-file-size}, or the document store's if smaller), or for no component of the procedure.
 * The applicant and the completeness of the documents are checked by the intake itself, as for any online submission
 * (Nghị định 118/2025/NĐ-CP Điều 15 khoản 1 and Điều 17).
 */
final class NationalSubmissionReader {

	/** The file types an online submission takes (those of the citizens' portal's drafts). */
	static final Set<String> FILE_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

	private final Catalogue catalogue;

	private final VietnameseMessages words;

	private final long maxFileBytes;

	NationalSubmissionReader(Catalogue catalogue, VietnameseMessages words, long maxFileBytes) {
		this.catalogue = catalogue;
		this.words = words;
		this.maxFileBytes = maxFileBytes;
	}

	/** The request to submit, or the reason it is refused. */
	record Read(IntakeRequest request, String refusal) {
	}

	/**
	 * Reads {@code item} (the portal's dossier {@code portalCode} for commune {@code agencyCode}), on {@code today}.
	 * The request's submission token is derived from the portal's code, so that the same submission submitted twice
	 * makes one dossier.
	 */
	Read read(String portalCode, String agencyCode, JsonNode item, LocalDate today) {
		String procedureCode = text(item, "MaTTHC");
		if (procedureCode.isEmpty()) {
			return refused("link.inbox.refused.field", "MaTTHC");
		}
		Optional<ProcedureVersion> version = catalogue.inForce(procedureCode, today);
		if (version.isEmpty()) {
			return refused("link.inbox.refused.procedure", procedureCode);
		}
		String kind = text(item, "LoaiDoiTuong");
		if (!kind.isEmpty() && !kind.equals("1") && !kind.equals("2")) {
			return refused("link.inbox.refused.field", "LoaiDoiTuong");
		}
		JsonNode files = item.path("TaiLieuNop");
		if (!files.isMissingNode() && !files.isNull() && !files.isArray()) {
			return refused("link.inbox.refused.field", "TaiLieuNop");
		}
		List<HandedDocument> documents = new ArrayList<>();
		Set<Integer> positions = new HashSet<>();
		int index = 0;
		for (JsonNode file : files.isArray() ? files.values() : List.<JsonNode>of()) {
			index++;
			String name = text(file, "TenTepDinhKem");
			if (name.isEmpty()) {
				return refused("link.inbox.refused.fileField", index, "TenTepDinhKem");
			}
			String type = text(file, "LoaiTep").toLowerCase(java.util.Locale.ROOT);
			if (!FILE_TYPES.contains(type)) {
				return refused("link.inbox.refused.fileType", name, type);
			}
			Optional<RequiredDocument> component = component(version.get(), text(file, "MaThanhPhanHoSo"));
			if (component.isEmpty()) {
				return refused("link.inbox.refused.component", name, text(file, "MaThanhPhanHoSo"));
			}
			if (!positions.add(component.get().position())) {
				return refused("link.inbox.refused.componentTwice", name, component.get().name());
			}
			String content = text(file, "NoiDung");
			// base64: every 4 characters give 3 bytes; refused before decoding what cannot fit
			if (content.length() / 4L * 3 > maxFileBytes + 2) {
				return refused("link.inbox.refused.tooLarge", name, megabytes());
			}
			byte[] bytes;
			try {
				bytes = Base64.getDecoder().decode(content);
			}
			catch (IllegalArgumentException e) {
				return refused("link.inbox.refused.base64", name);
			}
			if (bytes.length == 0) {
				return refused("link.inbox.refused.emptyFile", name);
			}
			if (bytes.length > maxFileBytes) {
				return refused("link.inbox.refused.tooLarge", name, megabytes());
			}
			documents.add(new HandedDocument(component.get().position(), false, 1,
					new IntakeRequest.Scan(name, type, bytes)));
		}
		boolean organisation = kind.equals("2");
		Applicant applicant = new Applicant(organisation ? Applicant.Identifier.TAX_CODE : Applicant.Identifier.CITIZEN_ID,
				text(item, "ChuHoSo"), text(item, "MaDoiTuong"), blankToNull(text(item, "SoDienThoai")),
				blankToNull(text(item, "DiaChi")), blankToNull(text(item, "Email")),
				blankToNull(text(item, "NguoiDaiDien")), null);
		UUID token = UUID.nameUUIDFromBytes(("dvcqg:" + portalCode).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return new Read(new IntakeRequest(token, agencyCode, procedureCode, SubmissionChannel.ONLINE, false, applicant,
				documents), null);
	}

	/**
	 * The component a file is for: {@code MaThanhPhanHoSo} is the component's position in the procedure as MotCua's
	 * catalogue numbers it (1, 2, …), or its name; never a paper only shown (xuất trình), which is not uploaded.
	 */
	private static Optional<RequiredDocument> component(ProcedureVersion version, String code) {
		return version.requiredDocuments().stream().filter(d -> !d.shownOnly())
			.filter(d -> code.equals(String.valueOf(d.position())) || code.equalsIgnoreCase(d.name().strip()))
			.findFirst();
	}

	private long megabytes() {
		return Math.max(1, maxFileBytes / (1024 * 1024));
	}

	private Read refused(String key, Object... arguments) {
		return new Read(null, words.say(key, arguments));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() ? value.asString("").strip() : "";
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}
}
