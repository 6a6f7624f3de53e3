package vn.motcua.dossier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.motcua.audit.AuditTrail;

/** Publishes what happened to a dossier to the other modules, and writes it to the audit log, in the same transaction. */
@Component
class DossierEvents {

	private final ApplicationEventPublisher publisher;

	private final AuditTrail audit;

	DossierEvents(ApplicationEventPublisher publisher, AuditTrail audit) {
		this.publisher = publisher;
		this.audit = audit;
	}

	/** Publishes the dossier's events without an audit line (the caller wrote a more telling one). */
	void publishAudited(Dossier dossier) {
		dossier.takeEvents().forEach(publisher::publishEvent);
	}

	void publish(Dossier dossier, String action) {
		DossierStep last = dossier.steps().get(dossier.steps().size() - 1);
		audit.record(action, dossier.agencyCode(), dossier.code(), last.from() == null ? null : last.from().name(),
				last.to() == null ? null : last.to().name());
		dossier.takeEvents().forEach(publisher::publishEvent);
	}
}
