package vn.motcua.dossier.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.ActingOfficer;
import vn.motcua.dossier.Decision;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.SubmissionChannel;

/**
 * The dossier API for integrators' service accounts (docs/api.md): intake, a dossier with its steps, the events of its
 * processing, and the reconciliation list. Every call goes through the same application services as the pages
 * ({@link ApiIntake} → Intake, {@link DossierActions}), so the rules, roles and messages are the same. The OpenAPI
 * tag and operations are message keys ({@code api.doc.*}) that springdoc resolves in the request's language.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "api.doc.tag", description = "api.doc.tag.description")
class DossierApiController {

	private final ApiIntake intake;

	private final DossierActions actions;

	private final DossierReconciliation reconciliation;

	DossierApiController(ApiIntake intake, DossierActions actions, DossierReconciliation reconciliation) {
		this.intake = intake;
		this.actions = actions;
		this.reconciliation = reconciliation;
	}

	@PostMapping
	@Operation(summary = "api.doc.receive", description = "api.doc.receive.description")
	ResponseEntity<DossierView.Received> receive(@RequestBody DossierIntakeRequest body, Authentication account) {
		ApiIntake.Outcome outcome = intake.receive(body, ActingOfficer.of(account));
		return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(DossierView.Received.of(outcome.dossier()));
	}

	@GetMapping("/{code}")
	@Operation(summary = "api.doc.dossier")
	DossierView dossier(@PathVariable String code, Authentication account) {
		return DossierView.of(actions.visible(code, ActingOfficer.of(account)));
	}

	@PostMapping("/{code}/events")
	@Operation(summary = "api.doc.event", description = "api.doc.event.description")
	DossierView event(@PathVariable String code, @RequestBody DossierEventRequest event, Authentication account) {
		ActingOfficer officer = ActingOfficer.of(account);
		Dossier current = actions.visible(code, officer);
		Dossier after = actions.perform(code, event.version(), officer, command(event, current), at(event.at()));
		return DossierView.of(after);
	}

	@GetMapping
	@Operation(summary = "api.doc.list")
	DossierReconciliation.Page list(@RequestParam(required = false) String agency,
			@RequestParam(required = false) String status, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "1") int page,
			Authentication account) {
		if (page < 1) {
			throw ApiInputRefused.event("page", "api.list.pageInvalid");
		}
		return reconciliation.list(ActingOfficer.of(account), blank(agency) ? null : agency.strip(),
				blank(status) ? null : value(DossierStatus.class, status, "status"), day(from, "from"), day(to, "to"),
				page);
	}

	/** The event as the command the pages post; a stop on an online withdrawal request issues the stop notice. */
	private static DossierCommand command(DossierEventRequest e, Dossier current) {
		String type = e.type() == null ? "" : e.type().strip();
		switch (type) {
			case "SUPPLEMENT_REQUESTED":
				return new DossierCommand.RequestSupplement(e.missing(), e.reason(), Boolean.TRUE.equals(e.lateConfirmed()));
			case "SUPPLEMENT_RECEIVED":
				return new DossierCommand.ReceiveSupplement();
			case "EXTENDED":
				return new DossierCommand.Extend(required(day(e.newDueDate(), "newDueDate"), "newDueDate"), e.reason());
			case "RESOLVED":
				return new DossierCommand.Decide(outcome(e), e.reason());
			case "RETURNED":
				return new DossierCommand.ReturnResult(required(blank(e.method()) ? null : e.method().strip(), "method"));
			case "STOPPED":
				return current.status() == DossierStatus.WITHDRAWAL_REQUESTED ? new DossierCommand.IssueStop()
						: new DossierCommand.Stop(stopChannel(e.channel()), e.reason());
			case "ASSIGNED":
				return new DossierCommand.Assign(e.specialist());
			case "PROPOSED":
				return new DossierCommand.Propose(outcome(e), e.note(), e.leader());
			default:
				throw ApiInputRefused.event("type", "api.event.typeUnknown", type);
		}
	}

	private static Decision outcome(DossierEventRequest e) {
		return value(Decision.class, required(e.outcome(), "outcome"), "outcome");
	}

	private static SubmissionChannel stopChannel(String channel) {
		SubmissionChannel value = blank(channel) ? SubmissionChannel.DIRECT
				: value(SubmissionChannel.class, channel, "channel");
		if (value == SubmissionChannel.ONLINE) {
			throw ApiInputRefused.event("channel", "api.event.stopChannel");
		}
		return value;
	}

	private static OffsetDateTime at(String text) {
		try {
			return blank(text) ? null : OffsetDateTime.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw ApiInputRefused.event("at", "api.event.atInvalid", text);
		}
	}

	private static LocalDate day(String text, String field) {
		try {
			return blank(text) ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw ApiInputRefused.event(field, "api.dateInvalid", field, text);
		}
	}

	private static <E extends Enum<E>> E value(Class<E> type, String text, String field) {
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException e) {
			throw ApiInputRefused.event(field, "api.valueInvalid", field, text);
		}
	}

	private static <T> T required(T value, String field) {
		if (value == null) {
			throw ApiInputRefused.event(field, "api.event.fieldRequired", field);
		}
		return value;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
