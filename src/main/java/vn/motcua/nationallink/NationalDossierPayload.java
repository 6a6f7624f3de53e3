package vn.motcua.nationallink;

import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.context.MessageSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStep;
import vn.motcua.shared.VietnamTime;

/**
 * A dossier as the national portal's protocol writes it ({@code ../shared/docs/domain/dvcqg.md}): the
 * {@code DongBoHoSoMC} data item (the dossier as it is after a step) and the {@code CapNhatTienDoHoSoMC} item (the
 * step itself). Instants are {@code yyyyMMddHHmmss} in Vietnam time; a field MotCua does not know is left out rather
 * than sent empty.
 */
final class NationalDossierPayload {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final JsonMapper json;

	private final MessageSource messages;

	NationalDossierPayload(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	/**
	 * The {@code DongBoHoSoMC} item of {@code d} as it is now, with the national status {@code status}, under the
	 * portal's code {@code nationalCode} ({@code MaHoSo}: the dossier's own code, or the portal's for one submitted
	 * there; {@code SoBienNhan} is always MotCua's code, the one on the receipt).
	 */
	ObjectNode dossier(Dossier d, String nationalCode, NationalStatus status) {
		ObjectNode item = json.createObjectNode()
			.put("MaHoSo", nationalCode)
			.put("MaTTHC", d.procedure().code())
			.put("TenTTHC", d.procedure().name())
			.put("SoBienNhan", d.code())
			.put("ChuHoSo", d.applicant().name())
			.put("LoaiDoiTuong", d.applicant().organisation() ? "2" : "1")
			.put("TrichYeuHoSo", d.procedure().name())
			.put("TrangThaiHoSo", status.code())
			.put("DonViXuLy", d.agencyCode());
		optional(item, "MaDoiTuong", d.applicant().idNumber());
		optional(item, "SoDienThoai", d.applicant().phone());
		optional(item, "Email", d.applicant().email());
		optional(item, "NgayTiepNhan", instant(d.receivedAt() != null ? d.receivedAt() : d.submittedAt()));
		optional(item, "NgayHenTra", d.extendedDueDate() != null && d.dueAt() != null
				? instant(d.extendedDueDate().atTime(d.dueAt().atZoneSameInstant(VietnamTime.ZONE).toLocalTime())
					.atZone(VietnamTime.ZONE).toOffsetDateTime())
				: instant(d.dueAt()));
		optional(item, "NgayKetThucXuLy", instant(resolvedAt(d)));
		if (d.status() == DossierStatus.RETURNED) {
			optional(item, "NgayTra", instant(d.closedAt()));
			// result delivery: "0" at the counter, "1" by post
			item.put("HinhThuc", "POST".equalsIgnoreCase(d.returnMethod()) ? "1" : "0");
		}
		optional(item, "GhiChu", d.closingReason() != null ? d.closingReason() : d.decisionReason());
		ArrayNode papers = item.putArray("DanhSachTepDinhKemKhac");
		for (DossierDocument document : d.documents()) {
			if (document.kind() == DossierDocument.Kind.COMPONENT) {
				papers.addObject().put("TenGiayTo", document.name()).put("SoLuong", document.copies())
					.put("LoaiGiayTo", document.original() ? "1" : "2");
			}
		}
		return item;
	}

	/** The {@code CapNhatTienDoHoSoMC} item of the step. */
	ObjectNode progress(Dossier d, String nationalCode, DossierStep step, NationalStatus status) {
		ObjectNode item = json.createObjectNode()
			.put("MaHoSo", nationalCode)
			.put("NguoiXuLy", step.actor())
			.put("ThoiDiemXuLy", instant(step.at()))
			.put("PhongBanXuLy", d.agencyCode())
			.put("NoiDungXuLy", messages.getMessage(step.action().messageKey(), null, step.action().name(), VIETNAMESE))
			.put("TrangThai", status.code());
		optional(item, "NgayBatDau", d.startDate() == null ? null : instant(d.startDate().atStartOfDay(VietnamTime.ZONE)
			.toOffsetDateTime()));
		optional(item, "NgayKetThucTheoQuyDinh", instant(d.dueAt()));
		return item;
	}

	/** When it was resolved: the step that moved it to {@code RESOLVED} (a lapsed request: the lapse day's start). */
	private static OffsetDateTime resolvedAt(Dossier d) {
		if (d.resolvedOn() == null) {
			return null;
		}
		return d.steps().stream().filter(s -> s.to() == DossierStatus.RESOLVED && s.from() != DossierStatus.RESOLVED)
			.map(DossierStep::at).reduce((a, b) -> b)
			.orElse(d.resolvedOn().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
	}

	private static String instant(OffsetDateTime at) {
		return at == null ? null : NationalPortalClient.instant(at);
	}

	private static void optional(ObjectNode item, String field, String value) {
		if (value != null && !value.isBlank()) {
			item.put(field, value);
		}
	}
}
