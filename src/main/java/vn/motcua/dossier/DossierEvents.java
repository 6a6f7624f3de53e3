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

	void publish(Dossier dossier, String action) {
		DossierStep last = dossier.steps().get(dossier.steps().size() - 1);
		audit.record(action, dossier.agencyCode(), dossier.code(), last.from() == null ? null : last.from().name(),
				last.to() == null ? null : last.to().name());
		dossier.takeEvents().forEach(publisher::publishEvent);
	}
}
