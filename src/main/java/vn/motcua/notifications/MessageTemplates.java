package vn.motcua.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.VietnameseMessages;

/**
 * The messages' templates, versioned in {@code notification_template}: the newest version of a kind is used for new
 * messages (each message keeps the version it was made from). Version 1 of each kind is copied from the bundle
 * ({@code notifications.template.*}) at the first start. The installation administrator writes a new version after a
 * preview; a version is refused when it uses a name the kind does not have, or does not fit its channels (an SMS of at
 * most {@value MessageText#MAX_SMS_SEGMENTS} segments, a ZNS message of at most
 * {@value MessageText#MAX_ZNS_CHARACTERS} characters) once filled with the longest values MotCua puts in.
 */
@Component
class MessageTemplates {

	/** A template version. */
	record Template(NotificationKind kind, int version, String body, String znsTemplateId, OffsetDateTime createdAt,
			String createdBy) {
	}

	/** A preview: the text filled with example values, its SMS segments (with and without diacritics), problems. */
	record Preview(String text, int characters, int smsSegments, int plainSmsSegments, List<String> problems) {
	}

	/** The longest a free-text value (what is missing, a reason) is in a message; the full text is on the status page. */
	static final int FREE_TEXT = 60;

	/** A dossier code as long as MotCua makes them (agency code, day, number). */
	private static final String EXAMPLE_CODE = "14908-261231-0001";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final boolean plainSms;

	private final String exampleLink;

	MessageTemplates(JdbcClient jdbc, MessageSource bundle, AuditTrail audit, Clock clock,
			TransactionTemplate tx, GatewaySettings gateways, vn.motcua.dossier.DossierLinks links) {
		this.jdbc = jdbc;
		this.exampleLink = links.statusUrl(EXAMPLE_CODE) + "?t=" + "x".repeat(24);
		this.audit = audit;
		this.clock = clock;
		this.plainSms = gateways.sms().ascii();
		VietnameseMessages messages = new VietnameseMessages(bundle);
		tx.executeWithoutResult(status -> {
			for (NotificationKind kind : NotificationKind.values()) {
				jdbc.sql("""
						insert into notification_template (kind, version, body, zns_template_id, created_at, created_by)
						values (?, 1, ?, ?, ?, 'motcua') on conflict do nothing""")
					.params(kind.name(), messages.say(kind.bundleKey()), messages.say(kind.bundleKey() + ".zns"),
							OffsetDateTime.now(clock))
					.update();
			}
		});
	}

	/** The version in use for {@code kind}. */
	Template current(NotificationKind kind) {
		return jdbc.sql("""
				select kind, version, body, zns_template_id, created_at, created_by from notification_template
				where kind = ? order by version desc limit 1""")
			.param(kind.name()).query((rs, i) -> template(rs)).single();
	}

	/** Every version of {@code kind}, newest first. */
	List<Template> versions(NotificationKind kind) {
		return jdbc.sql("""
				select kind, version, body, zns_template_id, created_at, created_by from notification_template
				where kind = ? order by version desc""")
			.param(kind.name()).query((rs, i) -> template(rs)).list();
	}

	/** One version, if it exists. */
	Optional<Template> version(NotificationKind kind, int version) {
		return jdbc.sql("""
				select kind, version, body, zns_template_id, created_at, created_by from notification_template
				where kind = ? and version = ?""")
			.params(kind.name(), version).query((rs, i) -> template(rs)).optional();
	}

	/** What {@code body} gives with the longest values, and its problems (bundle keys with arguments). */
	Preview preview(NotificationKind kind, String body) {
		List<String> problems = new ArrayList<>();
		if (body == null || body.isBlank()) {
			problems.add("notifications.template.empty");
			return new Preview("", 0, 0, 0, problems);
		}
		Set<String> used = MessageText.placeholders(body);
		for (String name : used) {
			if (!kind.parameters().contains(name)) {
				problems.add("notifications.template.unknown|" + name);
			}
		}
		if (!used.contains(kind.codeParameter())) {
			problems.add(kind.aboutPetition() ? "notifications.template.petitionCodeMissing"
					: "notifications.template.codeMissing");
		}
		String text = MessageText.fill(body, example(kind));
		int segments = MessageText.smsSegments(plainSms ? MessageText.plain(text) : text);
		int plainSegments = MessageText.smsSegments(MessageText.plain(text));
		if (segments > MessageText.MAX_SMS_SEGMENTS) {
			problems.add("notifications.template.smsTooLong|" + segments);
		}
		if (text.length() > MessageText.MAX_ZNS_CHARACTERS) {
			problems.add("notifications.template.znsTooLong|" + text.length());
		}
		return new Preview(text, text.length(), segments, plainSegments, problems);
	}

	/** Saves a new version; refused (with the preview's problems) when it does not fit. */
	@Transactional
	Template save(NotificationKind kind, String body, String znsTemplateId, String actor) {
		Preview preview = preview(kind, body);
		if (znsTemplateId == null || znsTemplateId.isBlank()) {
			preview.problems().add("notifications.template.znsIdMissing");
		}
		if (!preview.problems().isEmpty()) {
			throw new TemplateRefused(preview.problems());
		}
		Template before = current(kind);
		Template saved = jdbc.sql("""
				insert into notification_template (kind, version, body, zns_template_id, created_at, created_by)
				select ?, coalesce(max(version), 0) + 1, ?, ?, ?, ? from notification_template where kind = ?
				returning kind, version, body, zns_template_id, created_at, created_by""")
			.params(kind.name(), body.strip(), znsTemplateId.strip(), OffsetDateTime.now(clock), actor, kind.name())
			.query((rs, i) -> template(rs)).single();
		audit.recordAs(actor, "NOTIFICATION_TEMPLATE_CHANGED", null, kind.name(), "v" + before.version(),
				"v" + saved.version());
		return saved;
	}

	/** The values a message of {@code kind} may hold at their longest: a preview that fits, fits every message. */
	Map<String, String> example(NotificationKind kind) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String name : kind.parameters()) {
			values.put(name, switch (name) {
				case "ma_ho_so" -> EXAMPLE_CODE;
				case "ma_phan_anh" -> "PA-ABCD2345";
				case "han", "han_moi", "han_bo_sung" -> "31/12/2026";
				case "lien_ket" -> exampleLink;
				case "noi_nhan" -> "Bộ phận Một cửa Xã Thiên Phủ";
				case "phi_con" -> "1.000.000 đồng";
				default -> "x".repeat(FREE_TEXT);
			});
		}
		return values;
	}

	private static Template template(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Template(NotificationKind.valueOf(rs.getString("kind")), rs.getInt("version"), rs.getString("body"),
				rs.getString("zns_template_id"), VietnamTime.read(rs, "created_at"), rs.getString("created_by"));
	}

	/** A template version that does not fit: the problems as bundle keys ({@code key|argument}). */
	static final class TemplateRefused extends RuntimeException {

		private final List<String> problems;

		TemplateRefused(List<String> problems) {
			super(String.join(", ", problems));
			this.problems = List.copyOf(problems);
		}

		List<String> problems() {
			return problems;
		}
	}
}
